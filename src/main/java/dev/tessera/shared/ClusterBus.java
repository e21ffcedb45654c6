package dev.tessera.shared;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What one node tells the others when several share one PostgreSQL: a topic and a short text, sent with
 * {@code NOTIFY} once the sender's transaction has committed and handed to the subscribers of that topic on every
 * other node (never back to the sender). One thread does both, on a connection of its own: it sends what is waiting
 * and listens in turns, so a publisher never waits for a connection (a busy pool would make it wait while it still
 * holds its own). When that connection is lost, it is made again, what waited is sent, and the subscribers of
 * {@link #RESYNC} hear of it: they may have missed messages. Each node says it is alive every few seconds; the
 * subscribers of {@link #JOINED} hear of a node first heard (or heard again after it was given up), those of
 * {@link #GONE} of a node that stopped (it says goodbye) or fell silent (killed, cut off). On the embedded database
 * there is one node, and nothing is sent.
 */
@Component
public class ClusterBus implements SmartLifecycle {

    /** The topic a node hears itself when its listening connection came back after a loss. */
    public static final String RESYNC = "resync";
    /** The topic a node hears with another node's name when that node is first heard. */
    public static final String JOINED = "joined";
    /** The topic a node hears with another node's name when that node stopped or has been silent too long. */
    public static final String GONE = "gone";

    private static final String ALIVE = "alive";
    static final long ALIVE_EVERY_NANOS = 5_000_000_000L;
    /** Silence after which a node is given up: several heartbeats missed. */
    static final long SILENT_NANOS = 20_000_000_000L;

    private static final Logger log = LoggerFactory.getLogger(ClusterBus.class);
    /** PostgreSQL refuses payloads of 8,000 bytes and more. */
    static final int MAX_BYTES = 7_500;

    private final String node = UUID.randomUUID().toString().substring(0, 8);
    private final DataSource dataSource;
    private final Map<String, List<Consumer<String>>> subscribers = new ConcurrentHashMap<>();
    /** The other nodes heard, with when they were last heard ({@link System#nanoTime()}). */
    private final Map<String, Long> heard = new ConcurrentHashMap<>();

    private final long retryMillis;
    private volatile boolean postgres;
    /** "tessera_" and the schema: installations in other schemas of the same database do not hear each other. */
    private volatile String channel = "tessera";

    private volatile boolean running;
    private Thread listener;
    /** Messages waiting to be sent; beyond this many (the connection lost for long), the oldest are dropped. */
    private final BlockingQueue<String> outbox = new LinkedBlockingQueue<>(OUTBOX);

    private static final int OUTBOX = 10_000;
    /** How long the thread listens before it looks for messages to send again. */
    private static final int LISTEN_MILLIS = 20;

    ClusterBus(DataSource dataSource, @Value("${tessera.cluster.retry-millis:1000}") long retryMillis) {
        this.dataSource = dataSource;
        this.retryMillis = retryMillis;
    }

    /** Above this many ids a message says "*": all of them (a message is short). */
    private static final int MAX_IDS = 300;

    /** Ids as a message: separated by commas, or {@code *} ("too many to name: all") above a few hundred. */
    public static String ids(Collection<Long> ids) {
        return ids.size() > MAX_IDS
                ? "*"
                : String.join(",", ids.stream().map(String::valueOf).toList());
    }

    /** The ids of a message made by {@link #ids(Collection)}; empty for {@code *}. */
    public static List<Long> ids(String message) {
        return message.equals("*") || message.isEmpty()
                ? List.of()
                : Arrays.stream(message.split(",")).map(Long::valueOf).toList();
    }

    /** This node's name among the others (in the log and in what it sends). */
    public String node() {
        return node;
    }

    /** Whether other nodes may exist: the database is PostgreSQL. */
    public boolean shared() {
        return postgres;
    }

    public void subscribe(String topic, Consumer<String> subscriber) {
        subscribers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(subscriber);
    }

    /** Sends to the other nodes after the current transaction commits (at once without one); nothing if alone. */
    public void publish(String topic, String message) {
        if (!postgres) {
            return;
        }
        String payload = node + " " + topic + " " + message;
        if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("A cluster message is limited to " + MAX_BYTES + " bytes: " + topic);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // After completion, not after commit: a listener that publishes from its own after-commit callback
            // still has this one called.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_COMMITTED) {
                        send(payload);
                    }
                }
            });
        } else {
            send(payload);
        }
    }

    private void send(String payload) {
        while (!outbox.offer(payload)) {
            outbox.poll();
        }
    }

    /** Hands a payload from another node to the topic's subscribers. */
    void receive(String payload) {
        String[] parts = payload.split(" ", 3);
        if (parts.length < 2 || parts[0].equals(node)) {
            return;
        }
        String sender = parts[0];
        if (parts[1].equals(GONE)) {
            if (heard.remove(sender) != null) {
                deliver(GONE, sender);
            }
            return;
        }
        if (heard.put(sender, System.nanoTime()) == null) {
            log.info("Node {}: node {} is heard", node, sender);
            deliver(JOINED, sender);
        }
        if (!parts[1].equals(ALIVE)) {
            deliver(parts[1], parts.length == 3 ? parts[2] : "");
        }
    }

    /** Gives up the nodes not heard since {@code now - SILENT_NANOS}: their subscribers hear they are gone. */
    void forgetSilent(long now) {
        heard.forEach((other, last) -> {
            if (now - last > SILENT_NANOS && heard.remove(other, last)) {
                log.info("Node {}: node {} has been silent too long; it is given up", node, other);
                deliver(GONE, other);
            }
        });
    }

    private void deliver(String topic, String message) {
        for (Consumer<String> subscriber : subscribers.getOrDefault(topic, List.of())) {
            try {
                subscriber.accept(message);
            } catch (RuntimeException e) {
                log.warn("A subscriber of {} failed on \"{}\"", topic, message, e);
            }
        }
    }

    @Override
    public void start() {
        try (Connection connection = dataSource.getConnection()) {
            postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            if (postgres) {
                String schema = connection.getSchema() == null ? "public" : connection.getSchema();
                channel = "tessera_" + schema.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached", e);
        }
        if (!postgres) {
            return;
        }
        running = true;
        listener = Thread.ofPlatform().daemon().name("cluster-listener").start(this::listen);
        log.info("Node {}: other nodes on this database are heard through LISTEN/NOTIFY", node);
    }

    private void listen() {
        boolean lost = false;
        long lastAlive = 0;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    // Named, so that an operator (or a test) can find it in pg_stat_activity.
                    statement.execute("set application_name = '" + connectionName() + "'");
                    statement.execute("LISTEN " + channel);
                }
                if (lost) {
                    log.info("Node {}: listening again; the subscribers resynchronise", node);
                    deliver(RESYNC, "");
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
                    while (running) {
                        long now = System.nanoTime();
                        if (now - lastAlive > ALIVE_EVERY_NANOS || lastAlive == 0) {
                            send(node + " " + ALIVE + " ");
                            forgetSilent(now);
                            lastAlive = now;
                        }
                        for (String payload = outbox.peek(); payload != null; payload = outbox.peek()) {
                            notify.setString(1, channel);
                            notify.setString(2, payload);
                            notify.execute();
                            outbox.remove();
                        }
                        PGNotification[] notifications = pg.getNotifications(LISTEN_MILLIS);
                        if (notifications != null) {
                            for (PGNotification notification : notifications) {
                                receive(notification.getParameter());
                            }
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    lost = true;
                    log.warn("Node {}: the cluster connection was lost ({}); trying again", node, e.getMessage());
                    sleep();
                }
            }
        }
    }

    /** The {@code application_name} of this node's listening connection. */
    public String connectionName() {
        return "tessera-cluster-" + node;
    }

    private void sleep() {
        try {
            Thread.sleep(retryMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        if (running) {
            // The others forget this node's editors at once; what is still waiting goes first.
            send(node + " " + GONE + " ");
            long deadline = System.nanoTime() + 2_000_000_000L;
            while (!outbox.isEmpty() && System.nanoTime() < deadline) {
                sleepBriefly();
            }
        }
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Started before the web server and stopped after it: the requests it finishes still reach the others. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 4096;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
