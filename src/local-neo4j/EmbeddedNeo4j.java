// Runs Neo4j Community embedded with a Bolt connector on 127.0.0.1, for development and tests.
//
// Started by src/local-neo4j/process.ts as `java -cp 'LIB/*' EmbeddedNeo4j.java` (single-file
// source launch, no build step). Arguments: HOME_DIR BOLT_PORT PAGECACHE PLUGIN_DIR [--detached].
// Prints exactly one line `READY bolt://127.0.0.1:PORT` on stdout once the database is available,
// or `FAILED <reason>` and exits 1. Neo4j's own logs go to HOME_DIR/logs.
// Shuts down cleanly on SIGTERM/SIGINT (JVM shutdown hook) and when stdin reaches EOF, so a Node
// parent that dies (even by SIGKILL) never leaves an orphaned database behind.

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

public class EmbeddedNeo4j {
    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.out.println("FAILED usage: EmbeddedNeo4j HOME_DIR BOLT_PORT PAGECACHE PLUGIN_DIR");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String pageCache = args[2];
        Path plugins = Path.of(args[3]).toAbsolutePath();

        // DatabaseManagementServiceBuilder has no raw-string setter in 5.26 (setConfigRaw is gone),
        // so the documented keys are written to a properties file and loaded from there.
        Map<String, String> raw = new LinkedHashMap<>();
        // Loopback only, so no authentication; see README "Neo4j".
        raw.put("dbms.security.auth_enabled", "false");
        // Unset, the page cache takes about half of the machine's memory.
        raw.put("server.memory.pagecache.size", pageCache);
        raw.put("dbms.memory.transaction.total.max", "1g");
        raw.put("db.transaction.timeout", "120s");
        raw.put("dbms.usage_report.enabled", "false");
        raw.put("server.directories.plugins", plugins.toString());
        raw.put("dbms.security.procedures.unrestricted", "apoc.*");
        raw.put("server.bolt.tls_level", "DISABLED");

        DatabaseManagementService service;
        try {
            Files.createDirectories(home.resolve("conf"));
            Path conf = home.resolve("conf/eventgraph-neo4j.conf");
            StringBuilder lines = new StringBuilder("# Written at each start by EmbeddedNeo4j.java; edits are lost.\n");
            raw.forEach((key, value) -> lines.append(key).append('=').append(value).append('\n'));
            Files.writeString(conf, lines.toString());
            service = new DatabaseManagementServiceBuilder(home)
                .loadPropertiesFromFile(conf)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .build();
        } catch (Throwable error) {
            System.out.println("FAILED " + rootMessage(error));
            System.out.flush();
            System.exit(1);
            return;
        }

        final DatabaseManagementService running = service;
        Object stopped = new Object();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (stopped) {
                running.shutdown();
            }
        }, "eventgraph-neo4j-shutdown"));

        if (!service.database("neo4j").isAvailable(TimeUnit.MINUTES.toMillis(3))) {
            System.out.println("FAILED database did not become available within 3 minutes; see " + home.resolve("logs"));
            System.out.flush();
            System.exit(1);
        }
        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();

        // Parent watchdog: stdin is a pipe from the parent; EOF means the parent is gone.
        // A detached start (`eventgraph neo4j start`) outlives its parent on purpose and waits
        // for SIGTERM from `eventgraph neo4j stop` instead.
        if (args.length > 4 && args[4].equals("--detached")) {
            Thread.currentThread().join();
        }
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        while (in.read(buffer) != -1) {
            // Ignore whatever the parent writes; only EOF matters.
        }
        System.exit(0); // runs the shutdown hook
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
        return message.replace('\n', ' ');
    }
}
