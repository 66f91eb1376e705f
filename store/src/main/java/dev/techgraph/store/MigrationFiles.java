package dev.techgraph.store;

import ac.simons.neo4j.migrations.core.ClasspathResourceScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the {@code .cypher} migrations by listing only their own folder (a directory or a jar entry
 * prefix). The library's default scanner walks every jar on the classpath, which costs seconds at start-up
 * with Neo4j's hundreds of jars.
 */
final class MigrationFiles implements ClasspathResourceScanner {

    @Override
    public List<URL> scan(List<String> locations) {
        List<URL> found = new ArrayList<>();
        ClassLoader loader = MigrationFiles.class.getClassLoader();
        for (String location : locations) {
            String folder = location.replaceFirst("^classpath:", "").replaceAll("^/+|/+$", "");
            try {
                for (URL root : Collections.list(loader.getResources(folder))) {
                    found.addAll(list(root, folder, loader));
                }
            } catch (IOException | URISyntaxException e) {
                throw new UncheckedIOException(new IOException("cannot list migrations in " + location, e));
            }
        }
        return found;
    }

    private static List<URL> list(URL root, String folder, ClassLoader loader) throws IOException, URISyntaxException {
        List<URL> urls = new ArrayList<>();
        if ("file".equals(root.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".cypher")).sorted().toList()) {
                    urls.add(file.toUri().toURL());
                }
            }
        } else if ("jar".equals(root.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) root.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                jar.stream()
                        .map(e -> e.getName())
                        .filter(n -> n.startsWith(folder + "/") && n.endsWith(".cypher"))
                        .sorted()
                        .forEach(n -> urls.add(loader.getResource(n)));
            }
        }
        return urls;
    }
}
