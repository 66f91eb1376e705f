package dev.techgraph.importer.source;

import dev.techgraph.importer.ImportException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is a clear error. */
final class Decoding {

    private Decoding() {
    }

    static String decode(byte[] bytes, String source) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        int offset = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF ? 3 : 0;
        int sample = Math.min(bytes.length, 8192);
        for (int i = offset; i < sample; i++) {
            if (bytes[i] == 0) {
                throw new ImportException(source + ": not a text file (binary content); skipped");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(source + ": not valid UTF-8 text; convert it to UTF-8 and import it again");
        }
    }
}
