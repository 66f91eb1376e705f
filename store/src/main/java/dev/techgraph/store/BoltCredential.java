package dev.techgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

/**
 * The password of the embedded store's {@code neo4j} user: generated on the first start, kept in
 * {@value #FILE_NAME} in the data folder, readable and writable by its owner alone (0600). The service, the
 * command line and any Bolt client (cypher-shell, Neo4j Browser) log in with it.
 *
 * @param file     where the password is kept
 * @param password the password (never logged)
 * @param created  true when this call generated it (the store's user must then be given it)
 */
public record BoltCredential(Path file, String password, boolean created) {

    /** The file name of the credential inside the data folder. */
    public static final String FILE_NAME = "neo4j-password";
    /** The Neo4j user the credential belongs to. */
    public static final String USERNAME = "neo4j";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    public BoltCredential {
        if (password == null || password.isBlank()) {
            throw new StoreException("the credential file " + file + " is empty: delete it and start again "
                    + "to generate a new one");
        }
    }

    /** The credential of the store in {@code dataDir}, generated and saved (0600) if there is none yet. */
    public static BoltCredential forDataDir(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDir);
            if (!Files.exists(file)) {
                String password = generate();
                try {
                    createOwnerOnly(file);
                    Files.writeString(file, password + "\n", StandardCharsets.UTF_8, StandardOpenOption.WRITE,
                            StandardOpenOption.TRUNCATE_EXISTING);
                    return new BoltCredential(file, password, true);
                } catch (FileAlreadyExistsException raced) {
                    // another process generated it a moment ago: use theirs
                }
            }
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the Neo4j credential in " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The credential saved in {@code dataDir}, if the store there has one; a command that only connects to
     * a running service never creates it.
     */
    public static Optional<BoltCredential> existing(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Neo4j credential in " + file + ": " + e.getMessage(), e);
        }
    }

    /** The driver's token for this credential. */
    public AuthToken authToken() {
        return AuthTokens.basic(USERNAME, password);
    }

    @Override
    public String toString() {
        return "BoltCredential[" + file + "]";
    }

    private static BoltCredential read(Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            // a file left readable by others (a copy, an umask) is tightened rather than trusted as it is
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
        return new BoltCredential(file, Files.readString(file, StandardCharsets.UTF_8).strip(), false);
    }

    private static void createOwnerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // created with 0600 from the start: never readable by others, not even for a moment
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(file);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
