package dev.techgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;

/**
 * The embedded store as the service runs it (Bolt with the generated credential, the HTTP connector on for
 * Neo4j Browser), attacked the way a local process or a web page would: nothing reads a file or writes
 * without the credential.
 */
class EmbeddedSecurityIT {

    private static final String EVIL_ORIGIN = "http://evil.example";

    @TempDir
    static Path dataDir;

    private static GraphConnection connection;
    private static BoltCredential credential;
    private static int httpPort;
    private static String boltUri;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startTheServiceStore() throws IOException {
        httpPort = freePort();
        connection = GraphConnection.open(new StoreSettings(null, null, null, null, dataDir, 0, true, httpPort, true));
        credential = BoltCredential.existing(dataDir).orElseThrow();
        boltUri = connection.embeddedBoltUri();
    }

    @AfterAll
    static void stop() {
        connection.close();
    }

    @BeforeEach
    void wipe() {
        connection.driver().executableQuery("MATCH (n:Intruder) DETACH DELETE n").execute();
    }

    private static long intruders() {
        return connection.driver().executableQuery("MATCH (n:Intruder) RETURN count(n) AS n").execute()
                .records().get(0).get("n").asLong();
    }

    @Test
    void theCredentialFileIsReadableByItsOwnerAlone() throws IOException {
        assertThat(credential.file()).isEqualTo(dataDir.resolve(BoltCredential.FILE_NAME));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credential.file())))
                .isEqualTo("rw-------");
        assertThat(credential.password()).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void boltWithoutTheCredentialIsRefused() {
        try (Driver anonymous = GraphDatabase.driver(boltUri, AuthTokens.none());
             Driver guessing = GraphDatabase.driver(boltUri, AuthTokens.basic("neo4j", "neo4j"))) {
            assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            assertThatThrownBy(() -> guessing.executableQuery("CREATE (:Intruder)").execute())
                    .isInstanceOf(AuthenticationException.class);
        }
        assertThat(intruders()).isZero();
    }

    @Test
    void boltWithTheCredentialWrites() {
        try (Driver driver = GraphDatabase.driver(boltUri, credential.authToken())) {
            driver.executableQuery("CREATE (:Intruder {name: 'Zorblang'})").execute();
        }
        assertThat(intruders()).isOne();
    }

    @Test
    void loadCsvCannotReadFilesEvenWithTheCredential() throws IOException {
        Path secret = Files.writeString(dataDir.resolve("secret.csv"), "nimbel-secret-line\n");
        try (Driver driver = GraphDatabase.driver(boltUri, credential.authToken())) {
            assertThatThrownBy(() -> driver.executableQuery("LOAD CSV FROM $url AS line RETURN line")
                    .withParameters(Map.of("url", secret.toUri().toString())).execute())
                    .isInstanceOf(ClientException.class)
                    .hasMessageNotContaining("nimbel-secret-line");
            assertThatThrownBy(() -> driver.executableQuery("LOAD CSV FROM 'file:///etc/hostname' AS line RETURN line")
                    .execute()).isInstanceOf(ClientException.class);
        }
    }

    @Test
    void theHttpPortRunsNoCypherForAnyWebPageWithOrWithoutTheCredential() throws Exception {
        String body = "{\"statements\":[{\"statement\":\"CREATE (:Intruder) WITH 1 AS x "
                + "LOAD CSV FROM 'file:///etc/hostname' AS l RETURN l\"}]}";
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                ("neo4j:" + credential.password()).getBytes(StandardCharsets.UTF_8));
        for (String path : new String[] {"/db/neo4j/tx/commit", "/db/neo4j/tx", "/db/neo4j/query/v2",
                "/db/data/transaction/commit"}) {
            for (String auth : new String[] {null, basic}) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                        .header("Origin", EVIL_ORIGIN).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body));
                if (auth != null) {
                    request.header("Authorization", auth);
                }
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(path).isGreaterThanOrEqualTo(400);
                assertThat(response.body()).as(path).doesNotContain("results");
                assertThat(response.headers().firstValue("Access-Control-Allow-Origin"))
                        .as(path).isNotEqualTo(java.util.Optional.of("*"))
                        .isNotEqualTo(java.util.Optional.of(EVIL_ORIGIN));
            }
        }
        assertThat(intruders()).isZero();
    }

    @Test
    void theHttpPortStillServesItsRootButNoCypherEndpoints() throws Exception {
        HttpResponse<String> root = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(root.statusCode()).isEqualTo(200);
        assertThat(root.body()).contains("bolt_direct").doesNotContain("\"transaction\"")
                .doesNotContain("\"query\"");
    }

    @Test
    void aCrossOriginWebSocketToBoltGetsNoSessionWithoutTheCredential() throws Exception {
        Map<String, String> anonymous = new LinkedHashMap<>();
        anonymous.put("user_agent", "evil/1.0");
        anonymous.put("scheme", "none");
        try (BoltOverWebSocket bolt = BoltOverWebSocket.open(boltUri, EVIL_ORIGIN)) {
            assertThat(bolt.send(hello(anonymous))).isEqualTo(FAILURE);
            // whatever follows is ignored, or the server has hung up
            assertThat(bolt.send(run("CREATE (:Intruder)"))).isIn(IGNORED, FAILURE, BoltOverWebSocket.CLOSED);
        }
        assertThat(intruders()).isZero();

        // the same exchange with the credential works: the refusal above is the credential's doing
        Map<String, String> withCredential = new LinkedHashMap<>(anonymous);
        withCredential.put("scheme", "basic");
        withCredential.put("principal", BoltCredential.USERNAME);
        withCredential.put("credentials", credential.password());
        try (BoltOverWebSocket bolt = BoltOverWebSocket.open(boltUri, EVIL_ORIGIN)) {
            assertThat(bolt.send(hello(withCredential))).isEqualTo(SUCCESS);
        }
    }

    @Test
    void theServiceIsRecordedInItsDataFolder() {
        ServiceRecord record = ServiceRecord.running(dataDir).orElseThrow();
        assertThat(record.isThisProcess()).isTrue();
        assertThat(record.boltUri()).isEqualTo(boltUri);
        assertThat(record.browserPort()).isEqualTo(httpPort);
        assertThat(connection.browserUrl()).isEqualTo("http://127.0.0.1:" + httpPort
                + "/browser/?dbms=bolt://neo4j@127.0.0.1:" + connection.embeddedBoltUri().replaceAll(".*:", "")
                + "&preselectAuthMethod=NATIVE");
    }

    // --- a minimal Bolt 4.4 client over a WebSocket, as a web page's script would speak it ---

    private static final int SUCCESS = 0x70;
    private static final int FAILURE = 0x7F;
    private static final int IGNORED = 0x7E;

    private static byte[] hello(Map<String, String> fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xB1);
        out.write(0x01);
        packMap(out, fields);
        return out.toByteArray();
    }

    private static byte[] run(String query) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xB3);
        out.write(0x10);
        packString(out, query);
        out.write(0xA0); // no parameters
        out.write(0xA0); // no extra
        return out.toByteArray();
    }

    private static void packMap(ByteArrayOutputStream out, Map<String, String> map) {
        out.write(0xA0 | map.size());
        map.forEach((k, v) -> {
            packString(out, k);
            packString(out, v);
        });
    }

    private static void packString(ByteArrayOutputStream out, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < 16) {
            out.write(0x80 | bytes.length);
        } else {
            out.write(0xD0);
            out.write(bytes.length);
        }
        out.writeBytes(bytes);
    }

    /** A Bolt connection through a WebSocket upgrade of the Bolt port, sent with the given Origin. */
    private static final class BoltOverWebSocket implements AutoCloseable {

        private static final int CLOSED = -1;

        private final WebSocket socket;
        private final BlockingQueue<Integer> received;

        private BoltOverWebSocket(WebSocket socket, BlockingQueue<Integer> received) {
            this.socket = socket;
            this.received = received;
        }

        static BoltOverWebSocket open(String boltUri, String origin) throws Exception {
            BlockingQueue<Integer> received = new LinkedBlockingQueue<>();
            WebSocket socket = HTTP.newWebSocketBuilder().header("Origin", origin)
                    .connectTimeout(Duration.ofSeconds(5))
                    .buildAsync(URI.create(boltUri.replace("bolt://", "ws://")), new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
                            while (data.hasRemaining()) {
                                received.add(data.get() & 0xFF);
                            }
                            ws.request(1);
                            return null;
                        }

                        @Override
                        public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
                            received.add(CLOSED);
                            return null;
                        }

                        @Override
                        public void onError(WebSocket ws, Throwable error) {
                            received.add(CLOSED);
                        }
                    }).get(10, TimeUnit.SECONDS);
            BoltOverWebSocket bolt = new BoltOverWebSocket(socket, received);
            // magic, then Bolt 4.4 and nothing else
            socket.sendBinary(ByteBuffer.wrap(new byte[] {0x60, 0x60, (byte) 0xB0, 0x17, 0, 0, 4, 4, 0, 0, 0, 0,
                    0, 0, 0, 0, 0, 0, 0, 0}), true).get(5, TimeUnit.SECONDS);
            assertThat(bolt.read(4)).containsExactly(0, 0, 4, 4);
            return bolt;
        }

        /**
         * Sends one message and returns the signature of the server's answer, or {@link #CLOSED} when the
         * server hung up instead.
         */
        int send(byte[] message) throws Exception {
            try {
                ByteBuffer framed = ByteBuffer.allocate(message.length + 4);
                framed.putShort((short) message.length).put(message).putShort((short) 0).flip();
                socket.sendBinary(framed, true).get(5, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException closed) {
                return CLOSED;
            }
            int[] header = read(2);
            if (header == null) {
                return CLOSED;
            }
            int[] chunk = read((header[0] << 8) | header[1]);
            if (chunk == null) {
                return CLOSED;
            }
            int signature = chunk[1]; // after the struct marker
            while (true) {
                int[] more = read(2);
                if (more == null || ((more[0] << 8) | more[1]) == 0) {
                    return signature;
                }
                read((more[0] << 8) | more[1]);
            }
        }

        /** The next n bytes, or null when the connection closed first. */
        private int[] read(int n) throws InterruptedException {
            int[] bytes = new int[n];
            for (int i = 0; i < n; i++) {
                Integer b = received.poll(10, TimeUnit.SECONDS);
                assertThat(b).as("an answer from Bolt").isNotNull();
                if (b == CLOSED) {
                    received.add(CLOSED);
                    return null;
                }
                bytes[i] = b;
            }
            return bytes;
        }

        @Override
        public void close() {
            socket.abort();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
