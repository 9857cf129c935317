// Runs Neo4j Community embedded with Bolt on 127.0.0.1 for Ningbo Innovation Graph; controlled from src/db/bundled/.
package org.ningbograph;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Usage: {@code Launcher --port N [--data DIR] [--exit-with-stdin]}. Prints {@code READY bolt://127.0.0.1:N} once Bolt answers
 * queries, {@code STOPPED} after a clean shutdown, and one {@code neo4j-launcher: ...} line on stderr for errors.
 * With {@code --exit-with-stdin} it also stops when its stdin closes, i.e. when the parent that spawned it dies.
 * Exit codes: 2 usage, 3 port in use, 4 data directory locked, 5 data directory unwritable, 1 anything else.
 */
public final class Launcher {
    private static final String HOST = "127.0.0.1";

    private Launcher() {}

    public static void main(String[] args) {
        try {
            run(args);
        } catch (LaunchError e) {
            System.err.println("neo4j-launcher: " + e.getMessage());
            System.exit(e.exitCode);
        } catch (Throwable e) {
            System.err.println("neo4j-launcher: unexpected failure: " + describe(e)
                    + " (see <data>/logs/debug.log for Neo4j's own account)");
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        int port = 7687;
        Path data = Path.of(".neo4j/data");
        boolean exitWithStdin = false;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--exit-with-stdin")) {
                exitWithStdin = true;
                continue;
            }
            if (i + 1 >= args.length) throw new LaunchError(2, "missing value after " + flag + "; usage: --port N --data DIR [--exit-with-stdin]");
            String value = args[++i];
            switch (flag) {
                case "--port" -> port = parsePort(value);
                case "--data" -> data = Path.of(value);
                default -> throw new LaunchError(2, "unknown option " + flag + "; usage: --port N --data DIR [--exit-with-stdin]");
            }
        }
        data = data.toAbsolutePath().normalize();

        ensureWritable(data);
        ensurePortFree(port);
        String password = resolvePassword(data);

        DatabaseManagementService dbms = build(data, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Path pidFile = data.resolve("neo4j.pid");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException ignored) {
                // A stale pid file is harmless: readers check that the process is alive.
            }
            System.out.println("STOPPED");
            System.out.flush();
            stopped.countDown();
        }, "neo4j-launcher-shutdown"));

        setPassword(dbms, password);
        // Warm the planner so the first client query is not the slow one.
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");

        long pid = ProcessHandle.current().pid();
        Files.writeString(pidFile, "{\"pid\":" + pid + ",\"port\":" + port + "}\n", StandardCharsets.UTF_8);
        System.out.println("READY bolt://" + HOST + ":" + port);
        System.out.flush();
        if (exitWithStdin) watchStdin();
        stopped.await();
    }

    /** A parent killed with SIGKILL cannot stop us; its end of our stdin closing is the one sign we get. */
    private static void watchStdin() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // the parent writes nothing; we only wait for end-of-file
                }
            } catch (IOException ignored) {
                // a broken pipe means the same as end-of-file
            }
            System.exit(0); // runs the shutdown hook
        }, "neo4j-launcher-stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static int parsePort(String value) throws LaunchError {
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) return port;
        } catch (NumberFormatException ignored) {
            // fall through to the usage error
        }
        throw new LaunchError(2, "--port must be an integer 1-65535, got '" + value + "'");
    }

    private static void ensureWritable(Path data) throws LaunchError {
        try {
            Files.createDirectories(data);
            Path probe = Files.createTempFile(data, ".write-probe", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new LaunchError(5, "data directory " + data + " is not writable (" + describe(e)
                    + "); pass --data (NEO4J_DATA_DIR) pointing to a writable directory");
        }
    }

    /** Checked before Neo4j starts, so a taken port fails fast and clearly instead of deep inside Bolt. */
    private static void ensurePortFree(int port) throws LaunchError {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
        } catch (IOException e) {
            throw portInUse(port);
        }
    }

    private static LaunchError portInUse(int port) {
        return new LaunchError(3, "port " + port + " is in use; set NEO4J_BOLT_PORT or stop the other process");
    }

    /** NEO4J_PASSWORD wins; otherwise a password generated once and kept beside the data (mode 0600). */
    private static String resolvePassword(Path data) throws LaunchError, IOException {
        String fromEnv = System.getenv("NEO4J_PASSWORD");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            if (fromEnv.length() < 8) throw new LaunchError(2, "NEO4J_PASSWORD must be at least 8 characters");
            return fromEnv;
        }
        Path file = data.resolve("password");
        if (Files.exists(file)) {
            String stored = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (stored.length() >= 8) return stored;
            throw new LaunchError(2, file + " holds a password shorter than 8 characters; delete it to generate a new one");
        }
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException raced) {
            return resolvePassword(data);
        }
        Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
        return generated;
    }

    private static DatabaseManagementService build(Path home, int port) throws LaunchError {
        try {
            return new DatabaseManagementServiceBuilder(home)
                    .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST))
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.routing_enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    // The app logs in as this one user; Community has no roles for a second, read-only one,
                    // so a few wrong passwords from any client must not lock it out (default: 3 attempts).
                    .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(128))
                    .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60))
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
                    .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(25))
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    // Netty otherwise waits its quiet period on shutdown, which makes every stop seconds slower.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
        } catch (RuntimeException e) {
            String chain = describe(e);
            if (chain.contains("store_lock") || chain.contains("locked by another process")
                    || chain.contains("FileLockException")) {
                throw new LaunchError(4, "data directory " + home + " is locked by another Neo4j instance; stop it ("
                        + "npm run db:stop) or choose another NEO4J_DATA_DIR");
            }
            if (chain.contains("already in use")) throw portInUse(port);
            throw e;
        }
    }

    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            // Restarts reuse the stored password, and Neo4j refuses to "change" a password to itself.
            if (!describe(e).contains("cannot be the same")) throw e;
        }
    }

    /** The whole cause chain in one line, so translated and unexpected errors stay one line each. */
    private static String describe(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (out.length() > 0) out.append(" <- ");
            out.append(t.getClass().getSimpleName()).append(": ").append(String.valueOf(t.getMessage()).replace('\n', ' '));
            if (t.getCause() == t) break;
        }
        return out.toString();
    }

    private static final class LaunchError extends Exception {
        final int exitCode;

        LaunchError(int exitCode, String message) {
            super(message);
            this.exitCode = exitCode;
        }
    }
}
