package dev.techgraph.importer.extract;

import dev.techgraph.importer.pipeline.Pipeline;
import dev.techgraph.importer.source.Format;
import dev.techgraph.model.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A zoo of invented comparison tables in the layouts real articles use (technologies down the rows or across
 * the header, yes/no and graded matrices, free-text cells, headers naming a relation, cells listing several
 * items, names the vocabulary does not know, HTML with header cells in a row or a column), each with the facts
 * a reader takes from it and the ones a reader would not. Read with the bundled vocabulary, as articles are.
 * The test prints the pass rate; it fails when fewer facts are found than the extractor reached, or when any
 * fact a reader would not take is stated.
 */
class TableZooTest {

    private static final Pipeline PIPELINE = new Pipeline(new RuleExtractor(Vocabulary.bundled()));

    /** Expected facts found by the extractor when this test was last tightened (of {@link #zoo()}'s total). */
    private static final int FOUND_AT_LEAST = 152;

    record Item(String name, Format format, String text, List<String> expected, List<String> absent) {
    }

    private static Item md(String name, String text, List<String> expected, List<String> absent) {
        return new Item(name, Format.MARKDOWN, text, expected, absent);
    }

    private static Item html(String name, String text, List<String> expected, List<String> absent) {
        return new Item(name, Format.HTML, text, expected, absent);
    }

    static List<Item> zoo() {
        return List.of(
                md("rows are technologies, columns name relations", """
                        # Static site generators for a docs team

                        | Generator | Written in | Best for | Drawbacks |
                        |---|---|---|---|
                        | Hugo | Go | large documentation sites | a templating syntax that is hard to learn |
                        | Jekyll | Ruby | personal blogs | slow builds on big sites |
                        | Eleventy | JavaScript | small static sites | a smaller community |
                        """,
                        List.of("Hugo WRITTEN_IN Go positive", "Jekyll WRITTEN_IN Ruby positive",
                                "Eleventy WRITTEN_IN JavaScript positive", "Hugo SUITED_FOR static sites positive",
                                "Eleventy SUITED_FOR static sites positive", "Jekyll SUITED_FOR content management positive",
                                "Hugo HAS_TRAIT steep learning curve positive",
                                "Jekyll HAS_TRAIT fast compilation negative",
                                "Eleventy HAS_TRAIT large community negative"),
                        List.of("Jekyll HAS_TRAIT fast compilation positive", "Eleventy HAS_TRAIT large community positive",
                                "Hugo WRITTEN_IN Ruby positive")),
                md("transposed: technologies across the header, relations down the first column", """
                        Three JavaScript runtimes, side by side:

                        | | Deno | Bun | Node.js |
                        |---|---|---|---|
                        | Implemented in | Rust | Zig | C++ |
                        | Ideal for | edge functions | test suites that must finish fast | long-lived servers |
                        | Weak spot | smaller package ecosystem | young, occasional crashes | callback-era APIs |
                        """,
                        List.of("Deno WRITTEN_IN Rust positive", "Bun WRITTEN_IN Zig positive",
                                "Node.js WRITTEN_IN C++ positive", "Deno HAS_TRAIT rich ecosystem negative",
                                "Bun HAS_TRAIT maturity negative"),
                        List.of("Deno WRITTEN_IN Zig positive", "Bun WRITTEN_IN Rust positive",
                                "Deno HAS_TRAIT rich ecosystem positive")),
                md("a check-mark feature matrix", """
                        ## Desktop shells compared

                        | Feature | Tauri | Electron | Flutter |
                        |---|:-:|:-:|:-:|
                        | Hot reload | ✓ | ✓ | ✓ |
                        | Small binaries | ✓ | ✗ | partial |
                        | Garbage collection | ✗ | ✓ | ✓ |
                        """,
                        List.of("Tauri HAS_TRAIT hot reload positive", "Electron HAS_TRAIT hot reload positive",
                                "Tauri HAS_TRAIT small binaries positive", "Electron HAS_TRAIT small binaries negative",
                                "Tauri HAS_TRAIT garbage collection negative", "Electron HAS_TRAIT garbage collection positive",
                                "Electron COMPARED_WITH Tauri positive", "Flutter COMPARED_WITH Tauri positive"),
                        List.of("Electron HAS_TRAIT small binaries positive", "Tauri HAS_TRAIT garbage collection positive")),
                md("yes/no cells with asides, plugins and blanks", """
                        | Capability | Vitest | Jest | Mocha |
                        |---|---|---|---|
                        | Hot reload | yes, in watch mode | no | - |
                        | Extensibility | yes (plugins) | yes | via plugins |
                        | Type safety | built in | partial | n/a |
                        """,
                        List.of("Vitest HAS_TRAIT hot reload positive", "Jest HAS_TRAIT hot reload negative",
                                "Vitest HAS_TRAIT extensibility positive", "Jest HAS_TRAIT extensibility positive",
                                "Mocha HAS_TRAIT extensibility positive", "Vitest HAS_TRAIT type safety positive"),
                        List.of("Jest HAS_TRAIT hot reload positive", "Mocha HAS_TRAIT type safety positive",
                                "Mocha HAS_TRAIT extensibility negative")),
                md("graded cells: good/fair/poor and degrees", """
                        ### Game engines for a small studio

                        | Criterion | Godot | Unity | Unreal Engine |
                        |---|---|---|---|
                        | Game development | good | good | excellent |
                        | Mobile apps | fair | excellent | poor |
                        | Learning curve | gentle | moderate | steep |
                        | Community | growing | huge | large |
                        """,
                        List.of("Godot SUITED_FOR game development positive", "Unreal Engine SUITED_FOR game development positive",
                                "Unity SUITED_FOR mobile app development positive",
                                "Unreal Engine SUITED_FOR mobile app development negative",
                                "Godot HAS_TRAIT gentle learning curve positive",
                                "Unreal Engine HAS_TRAIT steep learning curve positive",
                                "Unity HAS_TRAIT large community positive", "Godot COMPARED_WITH Unreal Engine positive"),
                        List.of("Unreal Engine SUITED_FOR mobile app development positive",
                                "Godot HAS_TRAIT steep learning curve positive")),
                md("graded cells: stars and scores out of five", """
                        | Package manager | Speed | Disk usage | Ease of use |
                        |---|---|---|---|
                        | pnpm | ★★★★★ | ★★★★★ | ★★★ |
                        | npm | ★★ | ★★ | ★★★★★ |
                        | Yarn | 4/5 | 3/5 | 4/5 |
                        """,
                        List.of("pnpm HAS_TRAIT high performance positive", "npm HAS_TRAIT high performance negative",
                                "npm HAS_TRAIT ease of use positive", "Yarn HAS_TRAIT ease of use positive"),
                        List.of("npm HAS_TRAIT high performance positive")),
                md("free-text cells that are use cases and traits", """
                        | Language | Great for | Weak spot |
                        |---|---|---|
                        | Go | CLI tools and network services | verbose error handling |
                        | Rust | embedded systems, small binaries | steep learning curve |
                        | Python | scripting and data analysis | slow execution |
                        """,
                        List.of("Go SUITED_FOR command-line tools positive", "Rust SUITED_FOR embedded systems positive",
                                "Rust HAS_TRAIT steep learning curve positive", "Python SUITED_FOR automation positive",
                                "Python SUITED_FOR data analysis positive", "Python HAS_TRAIT high performance negative"),
                        List.of("Python HAS_TRAIT high performance positive", "Rust HAS_TRAIT gentle learning curve positive")),
                md("cells listing several items", """
                        | Runtime | Runs on | Databases |
                        |---|---|---|
                        | Deno | Linux, macOS, Windows | Postgres or MySQL |
                        | Bun | Linux and macOS | SQLite |
                        """,
                        List.of("Deno USED_WITH PostgreSQL positive", "Deno USED_WITH MySQL positive",
                                "Bun USED_WITH SQLite positive"),
                        List.of("Bun USED_WITH PostgreSQL positive", "Deno USED_WITH SQLite positive")),
                md("first-column names the vocabulary does not know", """
                        # Three young Go web frameworks

                        | Framework | Language | Best for |
                        |---|---|---|
                        | Kestrelio | Go | REST APIs |
                        | Zorbweb | Go | real-time applications |
                        """,
                        List.of("Kestrelio WRITTEN_IN Go positive", "Zorbweb WRITTEN_IN Go positive",
                                "Kestrelio SUITED_FOR REST APIs positive", "Zorbweb SUITED_FOR real-time applications positive"),
                        List.of("Kestrelio SUITED_FOR real-time applications positive")),
                md("a lead-in naming the compared set", """
                        We compared NATS, RabbitMQ and Apache Kafka for our event bus.

                        | Broker | Best for | Drawbacks |
                        |---|---|---|
                        | NATS | pub/sub with low latency | no long-term storage by default |
                        | RabbitMQ | message queues with routing rules | lower throughput |
                        | Apache Kafka | event streaming at scale | heavy to operate |
                        """,
                        List.of("NATS SUITED_FOR pub/sub positive", "RabbitMQ SUITED_FOR message queuing positive",
                                "RabbitMQ HAS_TRAIT high throughput negative", "Apache Kafka HAS_TRAIT ease of operation negative",
                                "NATS COMPARED_WITH RabbitMQ positive", "Apache Kafka COMPARED_WITH RabbitMQ positive"),
                        List.of("RabbitMQ HAS_TRAIT high throughput positive")),
                md("task rows naming the tool for each job", """
                        | Job | Before | After |
                        |---|---|---|
                        | Code formatting | Prettier | dprint |
                        | Linting | ESLint | Biome |
                        """,
                        List.of("Prettier SUITED_FOR code formatting positive", "dprint SUITED_FOR code formatting positive",
                                "ESLint SUITED_FOR linting positive", "Biome SUITED_FOR linting positive"),
                        List.of("ESLint SUITED_FOR code formatting positive")),
                md("license, platform and alternatives columns", """
                        | Editor | License | Platform | Alternatives |
                        |---|---|---|---|
                        | Helix | MPL-2.0 | Linux, macOS | Kakoune |
                        | Sublime Text | proprietary | Windows, macOS, Linux | Visual Studio Code |
                        """,
                        List.of("Helix HAS_TRAIT open source positive", "Sublime Text HAS_TRAIT open source negative",
                                "Helix COMPARED_WITH Kakoune positive", "Sublime Text COMPARED_WITH Visual Studio Code positive"),
                        List.of("Sublime Text HAS_TRAIT open source positive")),
                md("memory and effort degrees whose high end is the bad one", """
                        | Criterion | Spring Boot | Quarkus |
                        |---|---|---|
                        | Memory footprint | high | low |
                        | Startup time | slow | fast |
                        | Operational overhead | high | low |
                        """,
                        List.of("Spring Boot HAS_TRAIT low memory footprint negative",
                                "Quarkus HAS_TRAIT low memory footprint positive", "Spring Boot HAS_TRAIT fast startup negative",
                                "Quarkus HAS_TRAIT fast startup positive", "Spring Boot HAS_TRAIT operational overhead positive",
                                "Quarkus HAS_TRAIT operational overhead negative"),
                        List.of("Spring Boot HAS_TRAIT low memory footprint positive",
                                "Quarkus HAS_TRAIT operational overhead positive")),
                html("an HTML table with a header row", """
                        <h2>Python web servers</h2>
                        <table>
                          <tr><th>App server</th><th>Written in</th><th>Good for</th><th>Cons</th></tr>
                          <tr><td>Gunicorn</td><td>Python</td><td>WSGI apps behind a proxy</td><td>no async support</td></tr>
                          <tr><td>Uvicorn</td><td>Python</td><td>ASGI apps and websockets</td><td>fewer process options</td></tr>
                        </table>
                        """,
                        List.of("Gunicorn WRITTEN_IN Python positive", "Uvicorn WRITTEN_IN Python positive"),
                        List.of()),
                html("an HTML table with header cells down the first column", """
                        <table>
                          <tr><th></th><th>Svelte</th><th>SolidJS</th></tr>
                          <tr><th>Written in</th><td>TypeScript</td><td>TypeScript</td></tr>
                          <tr><th>Best for</th><td>small interactive sites</td><td>real-time dashboards</td></tr>
                          <tr><th>Learning curve</th><td>gentle</td><td>moderate</td></tr>
                        </table>
                        """,
                        List.of("Svelte WRITTEN_IN TypeScript positive", "SolidJS WRITTEN_IN TypeScript positive",
                                "SolidJS SUITED_FOR real-time applications positive",
                                "Svelte HAS_TRAIT gentle learning curve positive"),
                        List.of("Svelte SUITED_FOR real-time applications positive")),
                md("a feature that is a technology: its support, checked off", """
                        | Framework | GraalVM native image | Hot reload |
                        |---|---|---|
                        | Helidon | supported | yes |
                        | Dropwizard | not supported | no |
                        """,
                        List.of("Helidon HAS_TRAIT native image support positive",
                                "Dropwizard HAS_TRAIT native image support negative", "Helidon HAS_TRAIT hot reload positive"),
                        List.of("Dropwizard HAS_TRAIT native image support positive",
                                "Helidon SUITED_FOR GraalVM positive", "Helidon USED_WITH GraalVM negative")),
                md("a feature that is a technology down the first column", """
                        | | Okta | Authelia |
                        |---|---|---|
                        | SAML | yes | no |
                        | Replication | n/a | optional (SQLite or Postgres) |
                        """,
                        List.of("Okta HAS_TRAIT SAML support positive", "Authelia HAS_TRAIT SAML support negative",
                                "Authelia HAS_TRAIT replication positive"),
                        List.of("Authelia HAS_TRAIT SAML support positive", "Okta HAS_TRAIT replication positive")),
                html("a yes/no column of a product trait", """
                        <table>
                          <thead><tr><th>Content platform</th><th>Language</th><th>Headless</th></tr></thead>
                          <tbody>
                          <tr><td>Directus</td><td>TypeScript</td><td>yes</td></tr>
                          <tr><td>Sanity</td><td>JavaScript</td><td>yes, hosted</td></tr>
                          <tr><td>Joomla</td><td>PHP</td><td>no</td></tr>
                          </tbody>
                        </table>
                        """,
                        List.of("Directus HAS_TRAIT headless positive", "Directus WRITTEN_IN TypeScript positive",
                                "Joomla HAS_TRAIT headless negative", "Joomla WRITTEN_IN PHP positive"),
                        List.of("Joomla HAS_TRAIT headless positive")),
                md("an option column with versions after the names", """
                        | Option | Written in | Best for |
                        |---|---|---|
                        | Dropwizard 4 | Java | REST APIs |
                        | Zorbhttp 2 | Java | real-time applications |
                        """,
                        List.of("Dropwizard SUITED_FOR REST APIs positive", "Zorbhttp WRITTEN_IN Java positive",
                                "Zorbhttp SUITED_FOR real-time applications positive"),
                        List.of("Dropwizard SUITED_FOR real-time applications positive")),
                md("a candidate column with dotted versions", """
                        | Candidate | Language | Runs on |
                        |---|---|---|
                        | Ktor 2.3 | Kotlin | JVM |
                        | Quillserve 1.4 | Kotlin | JVM |
                        """,
                        List.of("Ktor WRITTEN_IN Kotlin positive", "Quillserve WRITTEN_IN Kotlin positive"),
                        List.of()),
                md("ranges from or to the middle of a scale", """
                        | Shell | Bundle size | Startup time | Learning curve |
                        |---|---|---|---|
                        | Tauri | small to medium | fast | moderate to steep |
                        | Electron | medium to large | moderate to slow | gentle |
                        """,
                        List.of("Tauri HAS_TRAIT small bundle size positive", "Tauri HAS_TRAIT fast startup positive",
                                "Electron HAS_TRAIT fast startup negative", "Tauri HAS_TRAIT steep learning curve positive"),
                        List.of("Electron HAS_TRAIT fast startup positive", "Electron HAS_TRAIT small bundle size positive")),
                md("a column of the technologies each row goes with, hedged", """
                        | Library | Framework | Size |
                        |---|---|---|
                        | Zustand | any, mostly React | tiny |
                        | Pinia | Vue 3 only | small |
                        | Jotai | anything but Vue | tiny |
                        """,
                        List.of("React USED_WITH Zustand positive", "Pinia USED_WITH Vue.js positive"),
                        List.of("Jotai USED_WITH Vue.js positive")),
                md("rows about a pair and a caption under the table", """
                        | Stack | Best for | Avoid for |
                        |---|---|---|
                        | Elixir + Phoenix | real-time applications | CPU-heavy number crunching |
                        | Ruby + Rails | CRUD apps with tight deadlines | real-time applications |

                        *Table 2: two server-side stacks we run in production.*
                        """,
                        List.of("Elixir SUITED_FOR real-time applications positive",
                                "Phoenix SUITED_FOR real-time applications positive",
                                "Ruby on Rails SUITED_FOR real-time applications negative", "Elixir USED_WITH Phoenix positive",
                                "Ruby USED_WITH Ruby on Rails positive"),
                        List.of("Ruby on Rails SUITED_FOR real-time applications positive")),
                md("a yes/no column of a feature the vocabulary does not name", """
                        ## Workflow engines we tried

                        | Engine | Visual editor | Data pipelines | Restarts automatically |
                        |---|---|---|---|
                        | Apache Airflow | no | yes | yes |
                        | Prefect | yes | yes | no |
                        | Dagster | ✓ | ✓ | partly |
                        """,
                        List.of("Apache Airflow HAS_TRAIT visual editor negative", "Prefect HAS_TRAIT visual editor positive",
                                "Dagster HAS_TRAIT visual editor positive"),
                        List.of("Apache Airflow HAS_TRAIT visual editor positive", "Prefect HAS_TRAIT data pipelines positive",
                                "Apache Airflow HAS_TRAIT restarts automatically positive",
                                "Prefect HAS_TRAIT restarts automatically negative")),
                html("features the vocabulary does not name down the first column, answers with limits", """
                        <table>
                          <tr><th>Capability</th><th>Grafana</th><th>Kibana</th></tr>
                          <tr><td>Alert silencing</td><td>✓</td><td>✗</td></tr>
                          <tr><td>Dark theme</td><td>built in</td><td>—</td></tr>
                          <tr><td>Audit trail</td><td>yes (enterprise tier only)</td><td>yes</td></tr>
                        </table>
                        """,
                        List.of("Grafana HAS_TRAIT alert silencing positive", "Kibana HAS_TRAIT alert silencing negative",
                                "Grafana HAS_TRAIT dark theme positive", "Kibana HAS_TRAIT dark theme negative",
                                "Kibana HAS_TRAIT audit trail positive"),
                        List.of("Grafana HAS_TRAIT audit trail positive", "Kibana HAS_TRAIT dark theme positive")),
                md("a degree under a quality the vocabulary does not name", """
                        | Toolchain | Output size | Written in |
                        |---|---|---|
                        | TinyGo | small | Go |
                        | wasm-pack | very small | Rust |
                        """,
                        List.of("TinyGo HAS_TRAIT small output size positive", "wasm-pack HAS_TRAIT small output size positive"),
                        List.of("TinyGo HAS_TRAIT output size positive")),
                md("a degree under a quality, technologies across the header", """
                        | | Deno | Bun |
                        |---|---|---|
                        | Install footprint | small | large |
                        | Plugin catalogue | large | small |
                        """,
                        List.of("Deno HAS_TRAIT small install footprint positive",
                                "Bun HAS_TRAIT small plugin catalogue positive"),
                        List.of("Deno HAS_TRAIT small plugin catalogue positive")),
                md("a notes column of predicates without their subject", """
                        # Edge services in our cluster

                        | Service | Notes |
                        |---|---|
                        | Traefik | written in Go, picks up routes from container labels |
                        | Envoy | a proxy built for service meshes |
                        """,
                        List.of("Traefik WRITTEN_IN Go positive", "Envoy SUITED_FOR service meshes positive"),
                        List.of("Envoy WRITTEN_IN Go positive")),
                md("a notes row of predicates, technologies across the header", """
                        | | Caddy | Nginx |
                        |---|---|---|
                        | Notes | written in Go, renews certificates by itself | configured through nginx.conf files |
                        | Remarks | supports HTTP/3 | serves static files quickly |
                        """,
                        List.of("Caddy WRITTEN_IN Go positive", "Nginx SUITED_FOR static file serving positive"),
                        List.of("Nginx WRITTEN_IN Go positive", "Caddy SUITED_FOR static file serving positive")),
                // round 19: ratings, software columns, the top-left cell, tables back to back
                md("star and n/5 ratings under qualities, technologies down the rows", """
                        # Python linters, rated by our platform team

                        | Linter | Speed | Documentation | Ease of setup |
                        |---|---|---|---|
                        | Ruff | ★★★★★ | ★★☆☆☆ | 4/5 |
                        | Pylint | ★★☆☆☆ | ★★★★☆ | 3/5 |
                        """,
                        List.of("Ruff HAS_TRAIT high performance positive", "Pylint HAS_TRAIT high performance negative",
                                "Pylint HAS_TRAIT extensive documentation positive",
                                "Ruff HAS_TRAIT extensive documentation negative"),
                        List.of("Ruff HAS_TRAIT high performance negative", "Pylint HAS_TRAIT high performance positive",
                                "Ruff HAS_TRAIT extensive documentation positive")),
                html("emoji, dot and 'out of 10' ratings, technologies across the header", """
                        <h2>Two message brokers, scored</h2>
                        <table>
                        <tr><th>Criterion</th><th>RabbitMQ</th><th>NATS</th></tr>
                        <tr><td>Performance</td><td>⭐⭐</td><td>⭐⭐⭐⭐⭐</td></tr>
                        <tr><td>Ease of use</td><td>8/10</td><td>3 out of 10</td></tr>
                        <tr><td>Community</td><td>●●●●○</td><td>●●○○○</td></tr>
                        </table>
                        """,
                        List.of("NATS HAS_TRAIT high performance positive", "RabbitMQ HAS_TRAIT high performance negative",
                                "RabbitMQ HAS_TRAIT ease of use positive", "NATS HAS_TRAIT ease of use negative",
                                "RabbitMQ HAS_TRAIT large community positive", "NATS HAS_TRAIT large community negative"),
                        List.of("NATS HAS_TRAIT high performance negative", "RabbitMQ HAS_TRAIT ease of use negative",
                                "NATS HAS_TRAIT large community positive")),
                md("unknown names down a column with a language column, under a word that is no kind", """
                        # Pipeline runners we tried

                        | Project | Implemented in | Good for |
                        |---|---|---|
                        | Vellum | Rust | large batch jobs |
                        | Okapi Flow | Java | enterprise teams |
                        | Sprocketeer | Python | quick scripts |
                        """,
                        List.of("Vellum WRITTEN_IN Rust positive", "Okapi Flow WRITTEN_IN Java positive",
                                "Sprocketeer WRITTEN_IN Python positive", "Vellum SUITED_FOR batch processing positive"),
                        List.of("Vellum WRITTEN_IN Java positive", "Okapi Flow WRITTEN_IN Rust positive")),
                html("unknown names under an empty top-left cell with a licence and a language column", """
                        <table>
                        <tr><th></th><th>License</th><th>Language</th></tr>
                        <tr><td>Marrowdb</td><td>MIT</td><td>Go</td></tr>
                        <tr><td>Pellucid</td><td>GPL</td><td>C++</td></tr>
                        </table>
                        """,
                        List.of("Marrowdb WRITTEN_IN Go positive", "Pellucid WRITTEN_IN C++ positive"),
                        List.of("Marrowdb WRITTEN_IN C++ positive")),
                md("a licence column down the rows", """
                        | Store | Written in | License |
                        |---|---|---|
                        | LevelDB | C++ | BSD |
                        | RocksDB | C++ | Apache 2.0 |
                        | Marrowdb | Go | GPLv3 |
                        | Pellucid | C | proprietary |
                        | Tarnbase | Rust | BSL 1.1 |
                        """,
                        List.of("LevelDB HAS_TRAIT permissive licence positive",
                                "RocksDB HAS_TRAIT permissive licence positive", "Marrowdb HAS_TRAIT open source positive",
                                "Pellucid HAS_TRAIT open source negative"),
                        List.of("Apache HTTP Server USED_WITH RocksDB positive", "Pellucid HAS_TRAIT open source positive",
                                "Tarnbase HAS_TRAIT open source positive", "Tarnbase HAS_TRAIT open source negative")),
                html("a licensing row, technologies across the header", """
                        <table>
                        <tr><th></th><th>PostgreSQL</th><th>Oracle Database</th></tr>
                        <tr><td>Licensing</td><td>permissive (PostgreSQL License)</td><td>commercial</td></tr>
                        <tr><td>Written in</td><td>C</td><td>C and C++</td></tr>
                        </table>
                        """,
                        List.of("PostgreSQL HAS_TRAIT permissive licence positive",
                                "Oracle Database HAS_TRAIT open source negative", "PostgreSQL WRITTEN_IN C positive"),
                        List.of("Oracle Database HAS_TRAIT permissive licence positive",
                                "PostgreSQL HAS_TRAIT open source negative")),
                md("licences written in two words, down the rows", """
                        | Project | Language | Licence |
                        |---|---|---|
                        | Corvane | Rust | free and open source |
                        | Pellmark | Java | closed source, per-seat pricing |
                        | Drossel | Go | source available |
                        """,
                        List.of("Corvane HAS_TRAIT open source positive", "Pellmark HAS_TRAIT open source negative"),
                        List.of("Corvane HAS_TRAIT open source negative", "Pellmark HAS_TRAIT open source positive",
                                "Drossel HAS_TRAIT open source positive", "Drossel HAS_TRAIT open source negative")),
                html("licences written in two words, across the header", """
                        <table>
                        <tr><th></th><th>MySQL</th><th>Oracle Database</th></tr>
                        <tr><td>Written in</td><td>C and C++</td><td>C</td></tr>
                        <tr><td>License</td><td>open source (community edition)</td><td>closed source</td></tr>
                        </table>
                        """,
                        List.of("MySQL HAS_TRAIT open source positive", "Oracle Database HAS_TRAIT open source negative"),
                        List.of("MySQL HAS_TRAIT open source negative", "Oracle Database HAS_TRAIT open source positive")),
                md("a fit column whose items the vocabulary names only in part", """
                        ## Argument parsers we compared

                        | Parser | Written in | Best for |
                        |---|---|---|
                        | Zorbargs | Rust | fast, single-binary utilities |
                        | Quillopt | Python | very simple wrapper scripts |
                        | Tarnflag | Go | teams that want zero setup |
                        | Brisket | Kotlin | raw throughput |
                        """,
                        List.of("Zorbargs SUITED_FOR single-binary utilities positive",
                                "Quillopt SUITED_FOR simple wrapper scripts positive",
                                "Zorbargs WRITTEN_IN Rust positive", "Brisket HAS_TRAIT high throughput positive"),
                        List.of("Tarnflag SUITED_FOR teams that want zero setup positive",
                                "Brisket SUITED_FOR raw throughput positive",
                                "Quillopt SUITED_FOR very simple wrapper scripts positive")),
                html("a fit column in HTML: several concepts in one item, an item cut before a technology", """
                        <table>
                        <tr><th>Runtime</th><th>Implemented in</th><th>Good for</th></tr>
                        <tr><td>Pellwick</td><td>C</td><td>server-side plugins</td></tr>
                        <tr><td>Morrowasm</td><td>Rust</td><td>offline kiosk displays in Flutter</td></tr>
                        <tr><td>Sablet</td><td>Go</td><td>you need a sandbox</td></tr>
                        </table>
                        """,
                        List.of("Pellwick SUITED_FOR server-side plugins positive",
                                "Morrowasm SUITED_FOR offline kiosk displays positive", "Pellwick WRITTEN_IN C positive"),
                        List.of("Sablet SUITED_FOR you need a sandbox positive",
                                "Morrowasm SUITED_FOR offline kiosk displays in Flutter positive")),
                md("a kind word over the rows and platforms across the header, right after another table", """
                        | Driver | Written in | Maintained by |
                        |---|---|---|
                        | Brindle | Rust | the core team |
                        | Quillet | Go | the community |

                        | Database | Linux | macOS | Windows |
                        |---|---|---|---|
                        | Farrowdb | yes | yes | no |
                        | Tessel | yes | no | no |
                        """,
                        List.of("Brindle WRITTEN_IN Rust positive", "Quillet WRITTEN_IN Go positive"),
                        List.of("Linux COMPARED_WITH macOS positive", "Linux COMPARED_WITH Windows positive",
                                "macOS COMPARED_WITH Windows positive", "Go COMPARED_WITH Linux positive")));
    }

    /** Tables that weigh no technology: a reader takes no fact from them, whatever their yes/no cells say. */
    static List<Item> noFacts() {
        return List.of(
                md("a price list", """
                        | Plan | Price per month | Seats | Single sign-on | Audit trail |
                        |---|---|---|---|---|
                        | Free | $0 | 3 | no | no |
                        | Team | $20 | 25 | yes | yes |
                        | Enterprise | on request | unlimited | yes | yes |
                        """, List.of(), List.of()),
                md("release dates", """
                        | Version | Released | End of support | Long-term support |
                        |---|---|---|---|
                        | 3.2 | 2024-02-01 | 2025-02-01 | no |
                        | 4.0 | 2024-09-15 | 2027-09-15 | yes |
                        """, List.of(), List.of()),
                html("a changelog", """
                        <table>
                          <tr><th>Date</th><th>Change</th><th>Breaking</th></tr>
                          <tr><td>2024-05-02</td><td>Faster cold starts</td><td>no</td></tr>
                          <tr><td>2024-06-11</td><td>New plugin interface</td><td>yes</td></tr>
                        </table>
                        """, List.of(), List.of()),
                md("a table of commands", """
                        # Everyday commands

                        | Command | What it does | Safe to rerun |
                        |---|---|---|
                        | `make build` | compiles the Go services | yes |
                        | `npm run lint` | checks the TypeScript code | yes |
                        | `docker compose down` | stops PostgreSQL and Redis | no |
                        """, List.of(), List.of()),
                html("a table of settings", """
                        <table>
                          <tr><th>Setting</th><th>Default</th><th>Effect</th></tr>
                          <tr><td>cache.backend</td><td>Redis</td><td>where sessions are kept</td></tr>
                          <tr><td>db.url</td><td>PostgreSQL on localhost</td><td>the main database</td></tr>
                        </table>
                        """, List.of(), List.of()),
                md("plans with a fit column", """
                        | Plan | Price | Best for |
                        |---|---|---|
                        | Solo | $5 | hobby projects and small personal blogs |
                        | Studio | $40 | busy design agencies |
                        """, List.of(), List.of()),
                html("steps with a fit column", """
                        <table>
                          <tr><th>Step</th><th>Best for</th></tr>
                          <tr><td>Warm the cache first</td><td>large nightly imports</td></tr>
                          <tr><td>Split the batch</td><td>slow remote storage</td></tr>
                        </table>
                        """, List.of(), List.of()),
                md("plans rated with stars", """
                        | Plan | Price | Support quality | Value |
                        |---|---|---|---|
                        | Starter | $9 | ★★☆☆☆ | 3/5 |
                        | Business | $49 | ★★★★★ | 5/5 |
                        """, List.of(), List.of()));
    }

    @Test
    void tablesThatWeighNoTechnologyGiveNoFacts() {
        for (Item item : noFacts()) {
            List<String> facts = Extraction.facts(PIPELINE.extract(
                    item.format() == Format.HTML ? "plain.html" : "plain.md",
                    item.text().getBytes(StandardCharsets.UTF_8), item.format()));
            assertThat(facts).as(item.name()).isEmpty();
        }
    }

    @Test
    void theZooYieldsTheFactsAReaderTakesAndNoneAReaderWouldNot() {
        int found = 0;
        int total = 0;
        List<String> wrong = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (Item item : zoo()) {
            List<String> facts = Extraction.facts(PIPELINE.extract(
                    item.format() == Format.HTML ? "zoo.html" : "zoo.md",
                    item.text().getBytes(StandardCharsets.UTF_8), item.format()));
            int hit = 0;
            for (String e : item.expected()) {
                if (facts.contains(e)) {
                    hit++;
                } else {
                    report.append("  missed  ").append(item.name()).append(": ").append(e).append('\n');
                }
            }
            for (String a : item.absent()) {
                if (facts.contains(a)) {
                    wrong.add(item.name() + ": " + a);
                }
            }
            found += hit;
            total += item.expected().size();
        }
        System.out.println("table zoo: " + found + "/" + total + " expected facts found, " + wrong.size()
                + " facts a reader would not take\n" + report);
        assertThat(wrong).isEmpty();
        assertThat(found).isGreaterThanOrEqualTo(FOUND_AT_LEAST);
    }
}
