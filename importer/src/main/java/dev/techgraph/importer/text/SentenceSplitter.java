package dev.techgraph.importer.text;

import dev.techgraph.importer.source.PlainText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits each block into sentences with OpenNLP's English sentence model. Instances are not thread-safe
 * (the detector keeps state); the model is loaded once and shared.
 */
public final class SentenceSplitter {

    private static final String MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final SentenceModel SHARED_MODEL = loadModel();

    private final SentenceDetectorME detector = new SentenceDetectorME(SHARED_MODEL);

    public TextDocument split(PlainText plain) {
        List<Sentence> sentences = new ArrayList<>();
        String text = plain.text();
        List<PlainText.Block> blocks = plain.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            PlainText.Block block = blocks.get(b);
            String blockText = text.substring(block.start(), block.end());
            if (block.type() == PlainText.BlockType.HEADING || block.type() == PlainText.BlockType.CELL) {
                sentences.add(new Sentence(sentences.size(), block.start(), block.end(), blockText, b, block.type()));
                continue;
            }
            for (Span span : detector.sentPosDetect(blockText)) {
                int start = block.start() + span.getStart();
                int end = block.start() + span.getEnd();
                String sentence = text.substring(start, end);
                int lead = sentence.length() - sentence.stripLeading().length();
                int trail = sentence.length() - sentence.stripTrailing().length();
                if (sentence.isBlank()) {
                    continue;
                }
                sentences.add(new Sentence(sentences.size(), start + lead, end - trail,
                        sentence.strip(), b, block.type()));
            }
        }
        return new TextDocument(plain, sentences);
    }

    private static SentenceModel loadModel() {
        try (InputStream in = SentenceSplitter.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model " + MODEL + " is not on the classpath");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP sentence model", e);
        }
    }
}
