package dev.techgraph.api.system;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Which process holds a file lock or listens on a port, from Linux's {@code /proc} (empty elsewhere, or when
 * the process belongs to someone this user may not inspect). Only used to make an error message precise.
 */
final class Holders {

    private static final Path PROC = Path.of("/proc");

    private Holders() {
    }

    /** A process, described for a person: its pid and what it runs. */
    record Holder(long pid) {

        String describe() {
            ProcessHandle.Info info = ProcessHandle.of(pid).map(ProcessHandle::info).orElse(null);
            String what = info == null ? "" : summary(info);
            return "process " + pid + (what.isEmpty() ? "" : " (" + what + ")");
        }

        private static String summary(ProcessHandle.Info info) {
            String[] args = info.arguments().orElse(new String[0]);
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("dev.techgraph.api.Main")) {
                    return ("TechGraph " + String.join(" ", List.of(args).subList(i + 1, args.length))).strip();
                }
            }
            String command = info.command().map(c -> Path.of(c).getFileName().toString()).orElse("");
            String line = (command + " " + String.join(" ", args)).strip();
            return line.length() > 70 ? line.substring(0, 67) + "..." : line;
        }
    }

    /** The process holding a POSIX lock on {@code file} (as Neo4j locks its store). */
    static Optional<Holder> ofFileLock(Path file) {
        try {
            long inode = ((Number) Files.getAttribute(file, "unix:ino")).longValue();
            String self = String.valueOf(ProcessHandle.current().pid());
            for (String line : Files.readAllLines(PROC.resolve("locks"))) {
                // 1: POSIX  ADVISORY  WRITE 1234 fd:01:5678 0 EOF
                String[] f = line.trim().split("\\s+");
                if (f.length >= 6 && f[5].endsWith(":" + inode) && !f[4].equals(self)) {
                    return Optional.of(new Holder(Long.parseLong(f[4])));
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc, or not allowed: the message goes without the process
        }
        return Optional.empty();
    }

    /** The process with a socket listening on {@code port} (TCP, IPv4 or IPv6). */
    static Optional<Holder> ofListeningPort(int port) {
        try {
            String inode = listeningSocketInode(port);
            if (inode == null) {
                return Optional.empty();
            }
            String target = "socket:[" + inode + "]";
            try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC,
                    p -> p.getFileName().toString().matches("\\d+"))) {
                for (Path process : processes) {
                    if (holdsSocket(process.resolve("fd"), target)) {
                        return Optional.of(new Holder(Long.parseLong(process.getFileName().toString())));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // as above
        }
        return Optional.empty();
    }

    private static String listeningSocketInode(int port) throws IOException {
        String hexPort = String.format(":%04X", port);
        for (String table : List.of("net/tcp", "net/tcp6")) {
            Path path = PROC.resolve(table);
            if (!Files.isReadable(path)) {
                continue;
            }
            for (String line : Files.readAllLines(path)) {
                // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
                String[] f = line.trim().split("\\s+");
                if (f.length > 9 && f[1].endsWith(hexPort) && f[3].equals("0A")) {
                    return f[9];
                }
            }
        }
        return null;
    }

    private static boolean holdsSocket(Path fds, String target) {
        try (DirectoryStream<Path> links = Files.newDirectoryStream(fds)) {
            for (Path link : links) {
                try {
                    if (Files.readSymbolicLink(link).toString().equals(target)) {
                        return true;
                    }
                } catch (IOException e) {
                    // closed meanwhile
                }
            }
        } catch (IOException e) {
            // gone, or not ours to read
        }
        return false;
    }
}
