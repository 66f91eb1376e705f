package dev.techgraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The graph model is shared by every module and by users' own code: it must not depend on a web framework. */
class ModelIsFrameworkFreeTest {

    @Test
    void shouldImportNoMicronautOrJakartaInjectionInTheModel() throws IOException {
        Path sources = Path.of("src/main/java");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(sources)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> {
                        try {
                            String text = Files.readString(p);
                            return text.contains("import io.micronaut") || text.contains("import jakarta.inject");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(Path::toString)
                    .toList();
        }
        assertThat(sources).isDirectory();
        assertThat(offenders).isEmpty();
    }
}
