import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * Load generator of the LRS benchmark (run by bench/lrs.sh; see the comment there for what is measured).
 *
 * <p>Runs, against a HocSo server on 127.0.0.1: a warm-up; timed single-statement POSTs; timed raw JDBC inserts of the
 * same rows into a scratch schema; timed batch POSTs; timed raw batch inserts; a batch load up to the requested number
 * of stored statements; then GET queries by agent, activity and since. Writes a Markdown report.
 *
 * <p>Class path: the PostgreSQL JDBC driver, and (optional, for the SQL-only timings and EXPLAIN) the HocSo app jar so
 * that {@code vn.hocso.lrs.persistence.StatementQuery} builds exactly the SQL the LRS runs.
 */
public class LrsBench {

    // ------------------------------------------------------------------------------------------------ configuration

    static final class Config {
        final Map<String, String> values = new LinkedHashMap<>();

        static Config parse(String[] args) {
            Config c = new Config();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (!a.startsWith("--")) {
                    throw new IllegalArgumentException("unexpected argument " + a);
                }
                String name = a.substring(2);
                int eq = name.indexOf('=');
                if (eq > 0) {
                    c.values.put(name.substring(0, eq), name.substring(eq + 1));
                } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    c.values.put(name, args[++i]);
                } else {
                    c.values.put(name, "true");
                }
            }
            return c;
        }

        String str(String name, String def) {
            return values.getOrDefault(name, def);
        }

        int integer(String name, int def) {
            return Integer.parseInt(str(name, Integer.toString(def)).replace("_", "").replace(",", ""));
        }

        long longValue(String name, long def) {
            return Long.parseLong(str(name, Long.toString(def)).replace("_", "").replace(",", ""));
        }

        double dbl(String name, double def) {
            return Double.parseDouble(str(name, Double.toString(def)));
        }

        boolean flag(String name) {
            return Boolean.parseBoolean(str(name, "false"));
        }
    }

    final String baseUrl;
    final String authorization;
    final String jdbcUrl;
    final long targetStatements;
    final int warmupSeconds;
    final int durationSeconds;
    final int concurrency;
    final int batchSize;
    final int batchConcurrency;
    final int queries;
    final int queryConcurrency;
    final int querySeconds;
    final int limit;
    final long serverPid;
    final Path pgData;
    final Path report;
    final boolean profile;
    final Path workDir;
    final int clockTicks;
    final Generator gen;
    final HttpClient http;
    final StringBuilder analysis = new StringBuilder();

    LrsBench(Config c) {
        baseUrl = c.str("url", "http://127.0.0.1:18090");
        authorization = "Basic " + Base64.getEncoder().encodeToString(
                (c.str("key", "bench") + ":" + c.str("secret", "bench-secret-1")).getBytes(StandardCharsets.UTF_8));
        jdbcUrl = c.str("jdbc", "jdbc:postgresql://127.0.0.1:15432/hocso?user=postgres");
        targetStatements = c.longValue("statements", 1_000_000);
        warmupSeconds = c.integer("warmup", 20);
        durationSeconds = c.integer("duration", 30);
        concurrency = c.integer("concurrency", 32);
        batchSize = c.integer("batch-size", 100);
        batchConcurrency = c.integer("batch-concurrency", 8);
        queries = c.integer("queries", 2000);
        queryConcurrency = c.integer("query-concurrency", 4);
        querySeconds = c.integer("query-seconds", 60);
        limit = c.integer("limit", 10);
        serverPid = c.longValue("server-pid", -1);
        pgData = c.values.containsKey("pg-data") ? Path.of(c.str("pg-data", "")) : null;
        report = Path.of(c.str("report", "/tmp/lrs-bench-report.md"));
        profile = c.flag("profile");
        workDir = Path.of(c.str("work-dir", "/tmp"));
        clockTicks = c.integer("clk-tck", 100);
        gen = new Generator(c.integer("agents", 10_000), c.integer("activities", 2_000), c.dbl("void-ratio", 0.001));
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public static void main(String[] args) throws Exception {
        Config c = Config.parse(args);
        if (c.flag("sample")) { // print one statement and the average size, for checking the generator
            Generator g = new Generator(10_000, 2_000, 0.001);
            Random r = new Random(1);
            System.out.println(g.statement(r));
            long total = 0;
            for (int i = 0; i < 10_000; i++) {
                total += g.statement(r).getBytes(StandardCharsets.UTF_8).length;
            }
            System.out.println("average statement size: " + total / 10_000 + " bytes");
            return;
        }
        new LrsBench(c).run();
    }

    // -------------------------------------------------------------------------------------------------- the run

    final List<Phase> phases = new ArrayList<>();
    final List<QueryPhase> queryPhases = new ArrayList<>();
    Phase single;
    Phase rawSingle;
    Phase batch;
    Phase rawBatch;
    Phase load;
    long storedAtQueries;
    long agentLinksAtQueries;
    long activityLinksAtQueries;
    String dbSizeAtQueries = "?";
    long averageBytes;

    void run() throws Exception {
        Random sizeRandom = new Random(7);
        long bytes = 0;
        for (int i = 0; i < 2000; i++) {
            bytes += gen.statement(sizeRandom).getBytes(StandardCharsets.UTF_8).length;
        }
        averageBytes = bytes / 2000;
        log("statements as sent: %d bytes on average; %d agents, %d activities (+%d course activities), "
                + "%.2f %% voiding statements", averageBytes, gen.agents, gen.activities, gen.courses,
                gen.voidRatio * 100);
        try (Connection monitor = DriverManager.getConnection(jdbcUrl)) {
            monitor.setAutoCommit(true);
            exec(monitor, "DROP SCHEMA IF EXISTS bench_raw CASCADE");
            if (profile) {
                try {
                    exec(monitor, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
                    exec(monitor, "SELECT pg_stat_statements_reset()");
                } catch (SQLException e) {
                    log("pg_stat_statements not available: %s", e.getMessage());
                }
            }
            HttpResponse<String> about = send(get("/xapi/about"));
            log("GET /xapi/about -> %d %s", about.statusCode(), about.body());

            // 1. warm-up: single and batch POSTs together, then GETs (not counted)
            log("warm-up %d s (single and batch POSTs)...", warmupSeconds);
            Phase warm = new Phase("warm-up (single + batch POSTs)", concurrency, 0);
            runHttp(warm, concurrency, warmupSeconds, -1, i -> i % 4 == 0 ? batchSize : 1, monitor);
            log("  %s", warm.line());
            warmQueries(monitor);

            // 2. single-statement POSTs
            checkpoint(monitor);
            single = new Phase("LRS: POST 1 statement/request", concurrency, 1);
            log("timed single-statement POSTs, %d clients, %d s...", concurrency, durationSeconds);
            profileStart(monitor, "single");
            runHttp(single, concurrency, durationSeconds, -1, i -> 1, monitor, null, storedSingles);
            profileStop(monitor, "single", single);
            log("  %s", single.line());

            // 3. raw JDBC, same rows, one transaction per statement
            RawRows rows = RawRows.load(monitor, 5000);
            createScratch(monitor);
            checkpoint(monitor);
            rawSingle = new Phase("raw JDBC: 1 statement/transaction", concurrency, 1);
            log("raw JDBC inserts, 1 statement per transaction, %d connections, %d s...", concurrency, durationSeconds);
            runRaw(rawSingle, rows, concurrency, 1, durationSeconds, monitor);
            log("  %s", rawSingle.line());
            if (profile) {
                diagnoseSingle(monitor);
            }

            // 4. batch POSTs
            checkpoint(monitor);
            batch = new Phase("LRS: POST " + batchSize + " statements/request", batchConcurrency, batchSize);
            log("timed batch POSTs (%d statements), %d clients, %d s...", batchSize, batchConcurrency,
                    durationSeconds);
            profileStart(monitor, "batch");
            runHttp(batch, batchConcurrency, durationSeconds, -1, i -> batchSize, monitor, null, storedBatches);
            profileStop(monitor, "batch", batch);
            log("  %s", batch.line());

            // 5. raw JDBC, same rows, one transaction per batch
            checkpoint(monitor);
            rawBatch = new Phase("raw JDBC: " + batchSize + " statements/transaction", batchConcurrency, batchSize);
            log("raw JDBC inserts, %d statements per transaction, %d connections, %d s...", batchSize,
                    batchConcurrency, durationSeconds);
            runRaw(rawBatch, rows, batchConcurrency, batchSize, durationSeconds, monitor);
            log("  %s", rawBatch.line());
            if (profile) {
                diagnoseBatch(monitor, rows);
            }
            exec(monitor, "DROP SCHEMA bench_raw CASCADE");

            // 6. load up to the target with batch POSTs
            long stored = count(monitor, "SELECT count(*) FROM lrs_statement");
            long missing = targetStatements - stored;
            if (missing > 0) {
                load = new Phase("LRS: load to " + fmt(targetStatements) + " (batch POSTs)", batchConcurrency,
                        batchSize);
                log("loading %d more statements (%d stored) with batch POSTs...", missing, stored);
                runHttp(load, batchConcurrency, 0, missing, i -> batchSize, monitor);
                log("  %s", load.line());
            }
            log("ANALYZE of the statement tables...");
            long t0 = System.nanoTime();
            exec(monitor, "ANALYZE lrs_statement, lrs_statement_agent, lrs_statement_activity");
            log("  ANALYZE took %d ms", (System.nanoTime() - t0) / 1_000_000);
            storedAtQueries = count(monitor, "SELECT count(*) FROM lrs_statement");
            agentLinksAtQueries = count(monitor, "SELECT count(*) FROM lrs_statement_agent");
            activityLinksAtQueries = count(monitor, "SELECT count(*) FROM lrs_statement_activity");
            dbSizeAtQueries = string(monitor, "SELECT pg_size_pretty(pg_database_size(current_database()))");
            log("stored: %d statements, %d agent links, %d activity links; database %s", storedAtQueries,
                    agentLinksAtQueries, activityLinksAtQueries, dbSizeAtQueries);

            // 7. queries
            runQueries(monitor);
            sqlOnly(monitor);
        }
        writeReport();
    }

    // ------------------------------------------------------------------------------------------- HTTP load phases

    /** A timed phase: counts, latencies, CPU and database deltas. */
    static final class Phase {
        final String name;
        final int clients;
        final int perRequest;
        long requests;
        long statements;
        long errors;
        double seconds;
        long[] latencies = new long[0];
        String cpu = "";
        String db = "";
        String firstError;
        Cpu cpuDelta;

        Phase(String name, int clients, int perRequest) {
            this.name = name;
            this.clients = clients;
            this.perRequest = perRequest;
        }

        double rate() {
            return statements / seconds;
        }

        double pct(double p) {
            return percentile(latencies, p);
        }

        String line() {
            return String.format(Locale.ROOT, "%s: %d requests, %d statements, %d errors in %.1f s = %.0f statements/s"
                    + " (%.0f requests/s); latency ms p50 %.1f p95 %.1f p99 %.1f max %.1f; CPU %s; %s%s", name,
                    requests, statements, errors, seconds, rate(), requests / seconds, pct(50), pct(95), pct(99),
                    pct(100), cpu, db, firstError == null ? "" : "; first error: " + firstError);
        }
    }

    /**
     * Runs {@code threads} clients that POST statements until {@code seconds} have passed (when > 0) or
     * {@code maxStatements} have been sent (when > 0).
     */
    void runHttp(Phase phase, int threads, int seconds, long maxStatements, IntFunction<Integer> sizeOfClient,
            Connection monitor) throws Exception {
        runHttp(phase, threads, seconds, maxStatements, sizeOfClient, monitor, null, null);
    }

    /** A request of a diagnostic phase and how many statements it carries. */
    record Made(HttpRequest request, int statements, int expectedStatus) {
        Made(HttpRequest request, int statements) {
            this(request, statements, 200);
        }
    }

    /**
     * @param maker when not null, makes every request (diagnostic phases) instead of fresh statements
     * @param keep when not null, bodies of stored requests are kept there (up to 3,000) to be re-sent later
     */
    void runHttp(Phase phase, int threads, int seconds, long maxStatements, IntFunction<Integer> sizeOfClient,
            Connection monitor, java.util.function.Function<Random, Made> maker, List<String> keep) throws Exception {
        AtomicLong remaining = new AtomicLong(maxStatements > 0 ? maxStatements : Long.MAX_VALUE);
        long[] okStatements = new long[threads];
        long[] requestCount = new long[threads];
        long[] errorCount = new long[threads];
        LongList[] lat = new LongList[threads];
        String[] firstError = new String[1];
        Cpu cpu0 = Cpu.take(this);
        Db db0 = Db.take(monitor);
        long start = System.nanoTime();
        long end = seconds > 0 ? start + seconds * 1_000_000_000L : Long.MAX_VALUE;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int me = t;
            int size = sizeOfClient.apply(t);
            lat[t] = new LongList();
            futures.add(pool.submit((Callable<Void>) () -> {
                Random r = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    long left = remaining.getAndAdd(-size);
                    if (left <= 0) {
                        break;
                    }
                    int n = (int) Math.min(size, left);
                    String[] ids = new String[1];
                    String body = null;
                    HttpRequest req;
                    int expected = 200;
                    if (maker != null) {
                        Made made = maker.apply(r);
                        req = made.request();
                        n = made.statements();
                        expected = made.expectedStatus();
                    } else {
                        body = n == 1 ? gen.statement(r, ids) : gen.batch(r, n, ids);
                        req = post("/xapi/statements", body);
                    }
                    long t0 = System.nanoTime();
                    int status;
                    String answer;
                    try {
                        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
                        status = resp.statusCode();
                        answer = resp.body();
                    } catch (IOException e) {
                        status = -1;
                        answer = e.toString();
                    }
                    long t1 = System.nanoTime();
                    requestCount[me]++;
                    if (status == expected) {
                        okStatements[me] += n;
                        lat[me].add(t1 - t0);
                        if (ids[0] != null) {
                            gen.acknowledged(r, ids[0]);
                        }
                        if (keep != null && body != null && keep.size() < 3000) {
                            synchronized (keep) {
                                keep.add(body);
                            }
                        }
                    } else {
                        errorCount[me]++;
                        synchronized (firstError) {
                            if (firstError[0] == null) {
                                firstError[0] = status + " " + answer.substring(0, Math.min(300, answer.length()));
                            }
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        long stop = System.nanoTime();
        pool.shutdown();
        Cpu cpu1 = Cpu.take(this);
        Db db1 = Db.take(monitor);
        phase.seconds = (stop - start) / 1e9;
        for (int t = 0; t < threads; t++) {
            phase.statements += okStatements[t];
            phase.requests += requestCount[t];
            phase.errors += errorCount[t];
        }
        phase.latencies = LongList.merge(lat);
        phase.firstError = firstError[0];
        phase.cpuDelta = cpu1.minus(cpu0);
        phase.cpu = phase.cpuDelta.describe(phase.seconds, clockTicks);
        phase.db = Db.describe(db0, db1, phase.seconds);
        phases.add(phase);
    }

    HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", authorization)
                .header("X-Experience-API-Version", "2.0.0")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    HttpRequest get(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(Duration.ofSeconds(120))
                .header("Authorization", authorization)
                .header("X-Experience-API-Version", "2.0.0")
                .GET().build();
    }

    HttpResponse<String> send(HttpRequest r) throws IOException, InterruptedException {
        return http.send(r, HttpResponse.BodyHandlers.ofString());
    }

    // ------------------------------------------------------------------------------- diagnostics (--profile only)

    final List<String> storedSingles = new ArrayList<>();
    final List<String> storedBatches = new ArrayList<>();
    final List<Phase> diagnostics = new ArrayList<>();
    int diagnosticSeconds = 12;

    /** Cost ladder of a single-statement POST: HTTP floor, then the whole path without the insert. */
    void diagnoseSingle(Connection monitor) throws Exception {
        Phase about = new Phase("diag: GET /xapi/about (no auth, no database)", concurrency, 1);
        runHttp(about, concurrency, diagnosticSeconds, -1, i -> 1, monitor, r -> new Made(
                HttpRequest.newBuilder(URI.create(baseUrl + "/xapi/about")).header("X-Experience-API-Version",
                        "2.0.0").GET().build(), 1), null);
        diagnostics.add(about);
        log("  %s", about.line());
        String oneBody = storedSingles.isEmpty() ? gen.statement(new Random(9)) : storedSingles.get(0);
        Phase auth = new Phase("diag: POST 1 statement without version header (authentication, then 400)",
                concurrency, 1);
        runHttp(auth, concurrency, diagnosticSeconds, -1, i -> 1, monitor, r -> new Made(
                HttpRequest.newBuilder(URI.create(baseUrl + "/xapi/statements")).header("Authorization",
                        authorization).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers
                        .ofString(oneBody, StandardCharsets.UTF_8)).build(), 1, 400), null);
        diagnostics.add(auth);
        log("  %s", auth.line());
        if (!storedSingles.isEmpty()) {
            Phase again = new Phase("diag: POST 1 already-stored statement (whole path, nothing new written)",
                    concurrency, 1);
            runHttp(again, concurrency, diagnosticSeconds, -1, i -> 1, monitor, r -> new Made(post(
                    "/xapi/statements", storedSingles.get(r.nextInt(storedSingles.size()))), 1), null);
            diagnostics.add(again);
            log("  %s", again.line());
        }
    }

    /** The batch path without the insert, and the raw insert with fewer costs (what the LRS could win). */
    void diagnoseBatch(Connection monitor, RawRows rows) throws Exception {
        if (!storedBatches.isEmpty()) {
            Phase again = new Phase("diag: POST " + batchSize + " already-stored statements (whole path, nothing new written)",
                    batchConcurrency, batchSize);
            runHttp(again, batchConcurrency, diagnosticSeconds, -1, i -> batchSize, monitor, r -> new Made(post(
                    "/xapi/statements", storedBatches.get(r.nextInt(storedBatches.size()))), batchSize), null);
            diagnostics.add(again);
            log("  %s", again.line());
        }
        String rewrite = jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        checkpoint(monitor);
        Phase rw = new Phase("diag raw: " + batchSize + "/transaction, reWriteBatchedInserts=true", batchConcurrency,
                batchSize);
        runRaw(rw, rows, batchConcurrency, batchSize, diagnosticSeconds, monitor, rewrite, "bench_raw");
        diagnostics.add(rw);
        log("  %s", rw.line());
        // the same insert into copies of the tables with fewer indexes: without the two link-table statement_pk
        // indexes (no query of StatementQuery uses them), then with keys only (no secondary index at all)
        for (boolean keysOnly : new boolean[] {false, true}) {
            exec(monitor, "DROP SCHEMA IF EXISTS bench_raw2 CASCADE");
            idBlocks.remove("bench_raw2");
            exec(monitor, "CREATE SCHEMA bench_raw2");
            exec(monitor, "CREATE SEQUENCE bench_raw2.lrs_statement_seq INCREMENT BY " + idStep);
            for (String t : List.of("lrs_statement", "lrs_statement_agent", "lrs_statement_activity")) {
                exec(monitor, "CREATE TABLE bench_raw2." + t + " (LIKE public." + t + " INCLUDING ALL)");
            }
            List<String> drop = new ArrayList<>();
            try (Statement st = monitor.createStatement(); ResultSet rs = st.executeQuery("""
                    SELECT i.indexrelid::regclass::text, c.relname, pg_get_indexdef(i.indexrelid)
                    FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = 'bench_raw2'
                      AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)""")) {
                while (rs.next()) {
                    boolean linkStatementPk = !rs.getString(2).equals("lrs_statement")
                            && rs.getString(3).endsWith("(statement_pk)");
                    if (keysOnly || linkStatementPk) {
                        drop.add(rs.getString(1));
                    }
                }
            }
            for (String index : drop) {
                exec(monitor, "DROP INDEX " + index);
            }
            checkpoint(monitor);
            Phase few = new Phase("diag raw: " + batchSize + "/transaction, " + (keysOnly
                    ? "keys only (without all " + drop.size() + " secondary indexes)"
                    : "without the " + drop.size() + " link-table statement_pk indexes"), batchConcurrency, batchSize);
            runRaw(few, rows, batchConcurrency, batchSize, diagnosticSeconds, monitor, jdbcUrl, "bench_raw2");
            diagnostics.add(few);
            log("  %s", few.line());
        }
        exec(monitor, "DROP SCHEMA bench_raw2 CASCADE");
    }

    // ------------------------------------------------------------------------------------------------- raw JDBC

    /**
     * A statement row exactly as the LRS stored it (every column; id, statement_id and stored take fresh values at
     * each insert, as in the LRS), with its link rows.
     */
    record RawRow(vn.hocso.lrs.persistence.StatementRow template) {
        vn.hocso.lrs.persistence.StatementRow fresh(long id, UUID statementId, Instant stored) {
            var t = template;
            return new vn.hocso.lrs.persistence.StatementRow(id, statementId, stored, t.timestamp(), t.verbIri(),
                    t.registration(), t.voiding(), t.refStatementId(), t.credentialId(), t.actorIfi(),
                    t.authorityIfi(), t.hasAttachments(), t.payload(), t.agents(), t.activities());
        }
    }

    /** The sampled rows. */
    record RawRows(List<RawRow> rows, double agentLinks, double activityLinks, double payloadBytes) {
        static RawRows load(Connection c, int n) throws SQLException {
            Map<Long, Object[]> byId = new LinkedHashMap<>();
            Map<Long, List<vn.hocso.lrs.persistence.StatementRow.Link>> agents = new HashMap<>();
            Map<Long, List<vn.hocso.lrs.persistence.StatementRow.Link>> activities = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, ts, verb_iri, registration, is_voiding, ref_statement_id, credential_id, actor_ifi,
                           authority_ifi, has_attachments, payload
                    FROM lrs_statement ORDER BY id DESC LIMIT ?""")) {
                ps.setInt(1, n);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byId.put(rs.getLong(1), new Object[] {rs.getTimestamp(2).toInstant(), rs.getString(3),
                                rs.getObject(4, UUID.class), rs.getBoolean(5), rs.getObject(6, UUID.class),
                                rs.getObject(7, Long.class), rs.getString(8), rs.getString(9), rs.getBoolean(10),
                                rs.getString(11)});
                    }
                }
            }
            Long[] ids = byId.keySet().toArray(new Long[0]);
            for (String[] table : new String[][] {{"lrs_statement_agent", "agent_ifi"},
                    {"lrs_statement_activity", "activity_iri"}}) {
                var into = table[0].endsWith("agent") ? agents : activities;
                try (PreparedStatement ps = c.prepareStatement("SELECT statement_pk, " + table[1] + ", direct FROM "
                        + table[0] + " WHERE statement_pk = ANY (?)")) {
                    ps.setArray(1, c.createArrayOf("bigint", ids));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            into.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(
                                    new vn.hocso.lrs.persistence.StatementRow.Link(rs.getString(2), rs.getBoolean(3)));
                        }
                    }
                }
            }
            List<RawRow> rows = new ArrayList<>();
            long agentCount = 0;
            long activityCount = 0;
            long bytes = 0;
            for (Map.Entry<Long, Object[]> e : byId.entrySet()) {
                Object[] v = e.getValue();
                var ag = agents.getOrDefault(e.getKey(), List.of());
                var ac = activities.getOrDefault(e.getKey(), List.of());
                rows.add(new RawRow(new vn.hocso.lrs.persistence.StatementRow(0, null, null, (Instant) v[0],
                        (String) v[1], (UUID) v[2], (Boolean) v[3], (UUID) v[4], (Long) v[5], (String) v[6],
                        (String) v[7], (Boolean) v[8], (String) v[9], ag, ac)));
                agentCount += ag.size();
                activityCount += ac.size();
                bytes += ((String) v[9]).getBytes(StandardCharsets.UTF_8).length;
            }
            java.util.Collections.reverse(rows);
            int size = Math.max(1, rows.size());
            return new RawRows(rows, (double) agentCount / size, (double) activityCount / size,
                    (double) bytes / size);
        }
    }

    /** Increment of the LRS's id sequence: 1 = one nextval per statement; more = ids taken in blocks in memory. */
    long idStep = 1;

    void createScratch(Connection c) throws SQLException {
        try {
            idStep = count(c, "SELECT increment_by FROM pg_sequences WHERE schemaname = 'public' "
                    + "AND sequencename = 'lrs_statement_seq'");
        } catch (SQLException e) {
            idStep = 1;
        }
        exec(c, "CREATE SCHEMA bench_raw");
        exec(c, "CREATE SEQUENCE bench_raw.lrs_statement_seq INCREMENT BY " + idStep);
        for (String t : List.of("lrs_statement", "lrs_statement_agent", "lrs_statement_activity")) {
            exec(c, "CREATE TABLE bench_raw." + t + " (LIKE public." + t + " INCLUDING ALL)");
        }
    }

    // Storage ids of the scratch tables when the LRS's sequence steps by 1 (one nextval per statement).
    static final String RAW_IDS = "SELECT nextval('bench_raw.lrs_statement_seq') FROM generate_series(1, ?)";

    void runRaw(Phase phase, RawRows sample, int threads, int perTx, int seconds, Connection monitor)
            throws Exception {
        runRaw(phase, sample, threads, perTx, seconds, monitor, jdbcUrl, "bench_raw");
    }

    void runRaw(Phase phase, RawRows sample, int threads, int perTx, int seconds, Connection monitor, String url,
            String schema) throws Exception {
        List<RawRow> rows = sample.rows();
        String insertSql = vn.hocso.lrs.persistence.StatementStore.insertSql(schema);
        boolean first = Double.isNaN(linksPerStatement);
        linksPerStatement = sample.agentLinks() + sample.activityLinks();
        if (first) analysisNote("raw rows: %d sampled LRS statements, %.2f agent links and %.2f activity links per statement, "
                + "payload %.0f bytes", rows.size(), sample.agentLinks(), sample.activityLinks(), sample.payloadBytes());
        long[] ok = new long[threads];
        long[] txs = new long[threads];
        long[] errs = new long[threads];
        LongList[] lat = new LongList[threads];
        String[] firstError = new String[1];
        List<Connection> connections = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Connection c = DriverManager.getConnection(url);
            c.setAutoCommit(false);
            connections.add(c);
        }
        Cpu cpu0 = Cpu.take(this);
        Db db0 = Db.take(monitor);
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int me = t;
            lat[t] = new LongList();
            Connection c = connections.get(t);
            futures.add(pool.submit((Callable<Void>) () -> {
                int next = (me * 997) % rows.size();
                List<RawRow> tx = new ArrayList<>(perTx);
                while (System.nanoTime() < end) {
                    tx.clear();
                    for (int i = 0; i < perTx; i++) {
                        tx.add(rows.get(next));
                        next = (next + 1) % rows.size();
                    }
                    long t0 = System.nanoTime();
                    try {
                        rawInsert(c, tx, schema, insertSql);
                        c.commit();
                        long t1 = System.nanoTime();
                        ok[me] += perTx;
                        lat[me].add(t1 - t0);
                    } catch (SQLException e) {
                        errs[me]++;
                        c.rollback();
                        synchronized (firstError) {
                            if (firstError[0] == null) {
                                firstError[0] = e.getMessage();
                            }
                        }
                    }
                    txs[me]++;
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        long stop = System.nanoTime();
        pool.shutdown();
        Cpu cpu1 = Cpu.take(this);
        Db db1 = Db.take(monitor);
        for (Connection c : connections) {
            c.close();
        }
        phase.seconds = (stop - start) / 1e9;
        for (int t = 0; t < threads; t++) {
            phase.statements += ok[t];
            phase.requests += txs[t];
            phase.errors += errs[t];
        }
        phase.latencies = LongList.merge(lat);
        phase.firstError = firstError[0];
        phase.cpuDelta = cpu1.minus(cpu0);
        phase.cpu = phase.cpuDelta.describe(phase.seconds, clockTicks);
        phase.db = Db.describe(db0, db1, phase.seconds);
        phases.add(phase);
    }

    /** Ids from blocks of the scratch sequence, as vn.hocso.lrs.service.StatementIds does (sequence step > 1). */
    static final class IdBlocks {
        final long step;
        long next;
        long end;

        IdBlocks(long step) {
            this.step = step;
        }

        synchronized long[] take(Connection c, String schema, int n) throws SQLException {
            long[] ids = new long[n];
            for (int i = 0; i < n; i++) {
                if (next == end) {
                    next = count(c, "SELECT nextval('" + schema + ".lrs_statement_seq')");
                    end = next + step;
                }
                ids[i] = next++;
            }
            return ids;
        }
    }

    final Map<String, IdBlocks> idBlocks = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The LRS's own insert code (StatementStore.insert: the same SQL, one round trip) of fresh copies of these rows
     * into {@code schema}, with storage ids as the LRS takes them (in-memory blocks when its sequence steps by more
     * than 1); the caller commits.
     */
    void rawInsert(Connection c, List<RawRow> rows, String schema, String insertSql) throws SQLException {
        long[] ids;
        if (idStep > 1) {
            ids = idBlocks.computeIfAbsent(schema, k -> new IdBlocks(idStep)).take(c, schema, rows.size());
        } else {
            ids = new long[rows.size()];
            try (PreparedStatement ps = c.prepareStatement(RAW_IDS.replace("bench_raw.", schema + "."))) {
                ps.setInt(1, rows.size());
                try (ResultSet rs = ps.executeQuery()) {
                    for (int i = 0; rs.next(); i++) {
                        ids[i] = rs.getLong(1);
                    }
                }
            }
        }
        Instant stored = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        List<vn.hocso.lrs.persistence.StatementRow> fresh = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            fresh.add(rows.get(i).fresh(ids[i], uuid(ThreadLocalRandom.current()), stored));
        }
        vn.hocso.lrs.persistence.StatementStore.insert(c, insertSql, fresh);
    }

    // -------------------------------------------------------------------------------------------------- queries

    static final class QueryPhase {
        final String name;
        final String example;
        int clients;
        long requests;
        long errors;
        double seconds;
        long[] latencies;
        long returned;
        long withMore;
        long bytes;
        String cpu = "";
        Cpu cpuDelta;
        String firstError;
        long[] sqlLatencies;

        QueryPhase(String name, String example) {
            this.name = name;
            this.example = example;
        }

        double pct(double p) {
            return percentile(latencies, p);
        }

        String line() {
            return String.format(Locale.ROOT, "%s: %d requests, %d errors, %.1f s, %.1f requests/s; latency ms "
                    + "p50 %.1f p95 %.1f p99 %.1f max %.1f; %.1f statements and %.0f bytes per answer, %.0f %% with "
                    + "a 'more' link; CPU %s%s", name, requests, errors, seconds, requests / seconds, pct(50), pct(95),
                    pct(99), pct(100), (double) returned / Math.max(1, requests - errors),
                    (double) bytes / Math.max(1, requests - errors), 100.0 * withMore / Math.max(1, requests - errors),
                    cpu, firstError == null ? "" : "; first error: " + firstError);
        }
    }

    /** A query kind: the URL of a random instance, and the same query as StatementQuery arguments. */
    record QueryKind(String name, java.util.function.Function<Random, Object[]> pick) {
    }

    List<QueryKind> queryKinds;
    List<Instant> sinceValues;

    void prepareQueryKinds(Connection monitor) throws SQLException {
        sinceValues = new ArrayList<>();
        long minId = count(monitor, "SELECT min(id) FROM lrs_statement");
        long maxId = count(monitor, "SELECT max(id) FROM lrs_statement");
        Random r = new Random(42);
        try (PreparedStatement ps = monitor.prepareStatement(
                "SELECT stored FROM lrs_statement WHERE id >= ? ORDER BY id LIMIT 1")) {
            for (int i = 0; i < 500; i++) {
                ps.setLong(1, minId + (long) (r.nextDouble() * (maxId - minId)));
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        sinceValues.add(rs.getTimestamp(1).toInstant());
                    }
                }
            }
        }
        // each pick: {url, agentIfi, activityIri, since, ascending}
        queryKinds = List.of(
                new QueryKind("GET ?agent=…&limit=" + limit, rnd -> {
                    int a = rnd.nextInt(gen.agents);
                    return new Object[] {"/xapi/statements?agent=" + enc(gen.agentParam(a)) + "&limit=" + limit,
                        gen.agentIfi(a), null, null, false};
                }),
                new QueryKind("GET ?activity=…&limit=" + limit, rnd -> {
                    String iri = gen.activityIri(rnd.nextInt(gen.activities));
                    return new Object[] {"/xapi/statements?activity=" + enc(iri) + "&limit=" + limit, null, iri, null,
                        false};
                }),
                new QueryKind("GET ?since=…&limit=" + limit, rnd -> {
                    Instant s = sinceValues.get(rnd.nextInt(sinceValues.size()));
                    return new Object[] {"/xapi/statements?since=" + enc(s.toString()) + "&limit=" + limit, null, null,
                        s, false};
                }),
                new QueryKind("GET ?since=…&ascending=true&limit=" + limit, rnd -> {
                    Instant s = sinceValues.get(rnd.nextInt(sinceValues.size()));
                    return new Object[] {"/xapi/statements?since=" + enc(s.toString()) + "&ascending=true&limit="
                        + limit, null, null, s, true};
                }));
    }

    void warmQueries(Connection monitor) throws Exception {
        prepareQueryKinds(monitor);
        log("warm-up of the GET queries (%d of each kind)...", 200);
        for (QueryKind k : queryKinds) {
            QueryPhase q = new QueryPhase(k.name(), "");
            queryRun(q, k, 200, queryConcurrency, 10);
        }
    }

    void runQueries(Connection monitor) throws Exception {
        prepareQueryKinds(monitor);
        for (QueryKind k : queryKinds) {
            queryRun(new QueryPhase(k.name(), ""), k, Math.max(50, queries / 10), queryConcurrency, 15); // warm-up
            Object[] example = k.pick().apply(new Random(3));
            QueryPhase q = new QueryPhase(k.name(), (String) example[0]);
            q.clients = queryConcurrency;
            log("timed %s: %d requests, %d clients...", k.name(), queries, queryConcurrency);
            if (profile) {
                pgssReset(monitor);
            }
            Cpu cpu0 = Cpu.take(this);
            queryRun(q, k, queries, queryConcurrency, querySeconds);
            q.cpuDelta = Cpu.take(this).minus(cpu0);
            q.cpu = q.cpuDelta.describe(q.seconds, clockTicks);
            log("  %s", q.line());
            if (profile) {
                pgssReport(monitor, k.name());
            }
            queryPhases.add(q);
        }
    }

    /** n requests from {@code threads} clients, or fewer when {@code maxSeconds} have passed. */
    void queryRun(QueryPhase q, QueryKind kind, int n, int threads, int maxSeconds) throws Exception {
        AtomicLong left = new AtomicLong(n);
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        LongList[] lat = new LongList[threads];
        long[] errs = new long[threads];
        long[] returned = new long[threads];
        long[] more = new long[threads];
        long[] bytes = new long[threads];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> fs = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int me = t;
            lat[t] = new LongList();
            fs.add(pool.submit((Callable<Void>) () -> {
                Random r = ThreadLocalRandom.current();
                while (System.nanoTime() < deadline && left.getAndDecrement() > 0) {
                    String url = (String) kind.pick().apply(r)[0];
                    HttpRequest req = get(url);
                    long t0 = System.nanoTime();
                    HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
                    long t1 = System.nanoTime();
                    if (resp.statusCode() != 200) {
                        errs[me]++;
                        synchronized (q) {
                            if (q.firstError == null) {
                                q.firstError = resp.statusCode() + " " + resp.body().substring(0,
                                        Math.min(300, resp.body().length()));
                            }
                        }
                        continue;
                    }
                    lat[me].add(t1 - t0);
                    String body = resp.body();
                    bytes[me] += body.getBytes(StandardCharsets.UTF_8).length;
                    returned[me] += occurrences(body, "\"stored\":");
                    if (!body.contains("\"more\":\"\"")) {
                        more[me]++;
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        q.seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        q.latencies = LongList.merge(lat);
        q.requests = q.latencies.length;
        for (int t = 0; t < threads; t++) {
            q.requests += errs[t];
            q.errors += errs[t];
            q.returned += returned[t];
            q.withMore += more[t];
            q.bytes += bytes[t];
        }
    }

    /**
     * The SQL alone: each query kind's SQL (built by the LRS's own StatementQuery, loaded from the app jar) run over
     * JDBC from one connection, to compare with the HTTP latency; plus EXPLAIN ANALYZE of one instance (custom and
     * generic plan).
     */
    void sqlOnly(Connection monitor) {
        Constructor<?> ctor;
        java.lang.reflect.Method toSql;
        String[] names;
        try {
            Class<?> sq = Class.forName("vn.hocso.lrs.persistence.StatementQuery");
            RecordComponent[] comps = sq.getRecordComponents();
            names = Arrays.stream(comps).map(RecordComponent::getName).toArray(String[]::new);
            ctor = sq.getDeclaredConstructor(Arrays.stream(comps).map(RecordComponent::getType).toArray(Class[]::new));
            toSql = sq.getMethod("toSql");
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            log("StatementQuery not on the class path (%s): no SQL-only timings", e);
            return;
        }
        for (int k = 0; k < queryKinds.size(); k++) {
            QueryKind kind = queryKinds.get(k);
            try {
                Random r = new Random(11 + k);
                LongList lat = new LongList();
                String firstSql = null;
                List<Object> firstParams = null;
                int n = Math.min(500, queries);
                long deadline = System.nanoTime() + 20_000_000_000L;
                for (int i = 0; i < n + 10 && (i < 20 || System.nanoTime() < deadline); i++) {
                    Object[] pick = kind.pick().apply(r);
                    Map<String, Object> args = new HashMap<>();
                    args.put("agentIfi", pick[1]);
                    args.put("activityIri", pick[2]);
                    args.put("since", pick[3]);
                    args.put("ascending", pick[4]);
                    args.put("limit", limit);
                    Object[] values = new Object[names.length];
                    Class<?>[] types = ctor.getParameterTypes();
                    for (int p = 0; p < names.length; p++) {
                        Object v = args.get(names[p]);
                        if (v == null && types[p] == boolean.class) {
                            v = false;
                        }
                        values[p] = v;
                    }
                    Object sql = toSql.invoke(ctor.newInstance(values));
                    String text = (String) sql.getClass().getMethod("text").invoke(sql);
                    @SuppressWarnings("unchecked")
                    List<Object> params = (List<Object>) sql.getClass().getMethod("params").invoke(sql);
                    if (firstSql == null) {
                        firstSql = text;
                        firstParams = params;
                    }
                    long t0 = System.nanoTime();
                    try (PreparedStatement ps = monitor.prepareStatement(text)) {
                        bind(ps, params);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                rs.getString(4);
                            }
                        }
                    }
                    if (i >= 10) {
                        lat.add(System.nanoTime() - t0);
                    }
                }
                long[] l = lat.toArray();
                Arrays.sort(l);
                queryPhases.get(k).sqlLatencies = l;
                analysisNote("SQL alone (JDBC, 1 connection, %d runs) %s: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms",
                        l.length, kind.name(), percentile(l, 50), percentile(l, 95), percentile(l, 99));
                analysisNote("SQL of %s:\n    %s\n    params %s", kind.name(), firstSql, firstParams);
                for (String mode : List.of("auto", "force_generic_plan")) {
                    exec(monitor, "SET plan_cache_mode = " + mode);
                    StringBuilder plan = new StringBuilder();
                    try (PreparedStatement ps = monitor.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + firstSql)) {
                        bind(ps, firstParams);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                plan.append("    ").append(rs.getString(1)).append('\n');
                            }
                        }
                    }
                    analysisNote("EXPLAIN ANALYZE (%s plan) of %s:\n%s", mode.equals("auto") ? "custom" : "generic",
                            kind.name(), plan);
                }
                exec(monitor, "RESET plan_cache_mode");
            } catch (Exception e) {
                log("SQL-only timing of %s failed: %s", kind.name(), e);
            }
        }
        whatIf(monitor);
    }

    /**
     * Candidate rewrites, timed on the same data (not what the LRS runs): the agent and activity queries without their
     * StatementRef branch (what they would cost if StatementRef matches were found another way).
     */
    void whatIf(Connection monitor) {
        String cols = "SELECT s.id, s.statement_id, s.voided, s.payload FROM ";
        int l = limit + 1;
        List<Object[]> variants = List.of(
                new Object[] {"what-if: agent query, direct branch only (no StatementRef UNION)", cols
                        + "lrs_statement_agent a JOIN lrs_statement s ON s.id = a.statement_pk WHERE a.agent_ifi = ? "
                        + "AND a.direct AND NOT s.voided ORDER BY s.id DESC LIMIT " + l, 0},
                new Object[] {"what-if: activity query, direct branch only (no StatementRef UNION)", cols
                        + "lrs_statement_activity v JOIN lrs_statement s ON s.id = v.statement_pk WHERE v.activity_iri "
                        + "= ? AND v.direct AND NOT s.voided ORDER BY s.id DESC LIMIT " + l, 1});
        for (Object[] v : variants) {
            String name = (String) v[0];
            String sql = (String) v[1];
            QueryKind kind = queryKinds.get((Integer) v[2]);
            try {
                Random r = new Random(11 + (Integer) v[2]);
                LongList lat = new LongList();
                Object firstParam = null;
                long deadline = System.nanoTime() + 20_000_000_000L;
                for (int i = 0; i < 510 && (i < 20 || System.nanoTime() < deadline); i++) {
                    Object[] pick = kind.pick().apply(r);
                    Object param = pick[1] != null ? pick[1] : pick[2] != null ? pick[2] : pick[3];
                    if (firstParam == null) {
                        firstParam = param;
                    }
                    long t0 = System.nanoTime();
                    try (PreparedStatement ps = monitor.prepareStatement(sql)) {
                        bind(ps, List.of(param));
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                rs.getString(4);
                            }
                        }
                    }
                    if (i >= 10) {
                        lat.add(System.nanoTime() - t0);
                    }
                }
                long[] a = lat.toArray();
                Arrays.sort(a);
                StringBuilder plan = new StringBuilder();
                try (PreparedStatement ps = monitor.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
                    bind(ps, List.of(firstParam));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            plan.append("    ").append(rs.getString(1)).append('\n');
                        }
                    }
                }
                analysisNote("%s (JDBC, 1 connection, %d runs): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms\n    %s\n%s",
                        name, a.length, percentile(a, 50), percentile(a, 95), percentile(a, 99), sql, plan);
                whatIfs.add(String.format(Locale.ROOT, "%s: SQL p50 %.2f ms, p95 %.2f ms", name, percentile(a, 50),
                        percentile(a, 95)));
            } catch (Exception e) {
                log("%s failed: %s", name, e);
            }
        }
    }

    final List<String> whatIfs = new ArrayList<>();

    static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof Instant t) {
                ps.setTimestamp(i + 1, Timestamp.from(t));
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    // ------------------------------------------------------------------------------------- profiling (--profile)

    void profileStart(Connection monitor, String name) {
        if (!profile) {
            return;
        }
        pgssReset(monitor);
        if (serverPid > 0) {
            jcmd("JFR.start", "name=" + name, "settings=profile",
                    "filename=" + workDir.resolve(name + ".jfr").toAbsolutePath());
        }
        // thread dumps of the server in the middle of the phase
        Thread dumper = new Thread(() -> {
            Map<String, Integer> states = new HashMap<>();
            int dumps = 0;
            try {
                Thread.sleep(durationSeconds * 300L);
                for (int i = 0; i < 5; i++) {
                    String dump = jcmd("Thread.print");
                    dumps++;
                    summariseDump(dump, states);
                    Thread.sleep(durationSeconds * 80L);
                }
            } catch (InterruptedException e) {
                return;
            }
            StringBuilder sb = new StringBuilder();
            states.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                    .forEach(e -> sb.append(String.format(Locale.ROOT, "    %5.1f  %s%n", (double) e.getValue()
                            / 5, e.getKey())));
            analysisNote("thread dumps during %s (%d dumps): request threads (executor-thread-*) per dump, by "
                    + "state and first frame outside java.*/jdk.*/sun.*:\n%s", name, 5, sb);
        }, "dumper-" + name);
        dumper.setDaemon(true);
        dumper.start();
        dumpers.put(name, dumper);
    }

    final Map<String, Thread> dumpers = new HashMap<>();

    void profileStop(Connection monitor, String name, Phase phase) {
        if (!profile) {
            return;
        }
        pgssReport(monitor, phase.name);
        if (serverPid > 0) {
            jcmd("JFR.stop", "name=" + name);
            try {
                dumpers.get(name).join(5000);
                analysisNote("JFR (%s):\n%s", phase.name, JfrTop.summary(workDir.resolve(name + ".jfr"),
                        phase.seconds));
            } catch (Exception e) {
                log("JFR summary failed: %s", e);
            }
        }
    }

    static void summariseDump(String dump, Map<String, Integer> into) {
        for (String block : dump.split("\n\n")) {
            if (!block.startsWith("\"executor-thread")) {
                continue;
            }
            String state = "?";
            String frame = "(no frame)";
            for (String line : block.split("\n")) {
                String l = line.trim();
                if (l.startsWith("java.lang.Thread.State:")) {
                    state = l.substring("java.lang.Thread.State:".length()).trim();
                } else if (l.startsWith("at ") && frame.equals("(no frame)")) {
                    String f = l.substring(3);
                    if (!(f.startsWith("java.") || f.startsWith("jdk.") || f.startsWith("sun."))) {
                        frame = f.replaceAll("\\(.*", "");
                    }
                }
            }
            into.merge(state + "  " + frame, 1, Integer::sum);
        }
    }

    String jcmd(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("jcmd");
        cmd.add(Long.toString(serverPid));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out;
        } catch (IOException | InterruptedException e) {
            return "jcmd failed: " + e;
        }
    }

    void pgssReset(Connection monitor) {
        try {
            exec(monitor, "SELECT pg_stat_statements_reset()");
        } catch (SQLException e) {
            // not available
        }
    }

    void pgssReport(Connection monitor, String what) {
        StringBuilder sb = new StringBuilder();
        try (Statement s = monitor.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT calls, round(total_exec_time::numeric, 0), round(mean_exec_time::numeric, 3), rows,
                       round((shared_blks_read + shared_blks_written)::numeric / greatest(calls, 1), 2),
                       left(regexp_replace(query, '\\s+', ' ', 'g'), 150)
                FROM pg_stat_statements
                WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                ORDER BY total_exec_time DESC LIMIT 12""")) {
            sb.append(String.format("    %9s %10s %9s %9s %8s  %s%n", "calls", "total ms", "mean ms", "rows",
                    "blk r+w", "query"));
            while (rs.next()) {
                sb.append(String.format("    %9d %10s %9s %9d %8s  %s%n", rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6)));
            }
            analysisNote("pg_stat_statements during %s (top 12 by total execution time):\n%s", what, sb);
        } catch (SQLException e) {
            analysisNote("pg_stat_statements not available: %s", e.getMessage());
        }
    }

    // ----------------------------------------------------------------------------------------------- the report

    void writeReport() throws IOException {
        StringBuilder md = new StringBuilder();
        double singleRate = single.rate();
        double batchRate = batch.rate();
        double singleShare = singleRate / rawSingle.rate();
        double batchShare = batchRate / rawBatch.rate();
        md.append("| measure | result | target | |\n|---|---|---|---|\n");
        md.append(row("POST 1 statement/request, " + single.clients + " clients: statements/s",
                fmt(Math.round(singleRate)), "≥ 2,000/s", singleRate >= 2000));
        md.append(row("… latency p50 / p95 / p99", String.format(Locale.ROOT, "%.1f / %.1f / %.1f ms", single.pct(50),
                single.pct(95), single.pct(99)), "", null));
        md.append(row("POST " + batchSize + " statements/request, " + batch.clients + " clients: statements/s",
                fmt(Math.round(batchRate)), "≥ 20,000/s", batchRate >= 20000));
        md.append(row("… latency p50 / p95 / p99 per request", String.format(Locale.ROOT, "%.1f / %.1f / %.1f ms",
                batch.pct(50), batch.pct(95), batch.pct(99)), "", null));
        if (load != null) {
            md.append(row("batch load to " + fmt(targetStatements) + " stored: statements/s",
                    fmt(Math.round(load.rate())), "", null));
        }
        for (QueryPhase q : queryPhases) {
            md.append(row(q.name.replace("GET ", "GET `").replace("&limit=" + limit, "&limit=" + limit + "`")
                    + " with " + fmt(storedAtQueries) + " stored: p95", String.format(Locale.ROOT,
                    "%.1f ms (p50 %.1f, p99 %.1f)", q.pct(95), q.pct(50), q.pct(99)), "≤ 50 ms", q.pct(95) <= 50));
        }
        md.append(row("raw PostgreSQL insert, 1 statement/transaction, " + rawSingle.clients + " connections",
                fmt(Math.round(rawSingle.rate())) + "/s", "", null));
        md.append(row("raw PostgreSQL insert, " + batchSize + " statements/transaction, " + rawBatch.clients
                + " connections", fmt(Math.round(rawBatch.rate())) + "/s", "", null));
        md.append(row("LRS single / raw single", String.format(Locale.ROOT, "%.0f %%", singleShare * 100), "≥ 40 %",
                singleShare >= 0.4));
        md.append(row("LRS batch / raw batch", String.format(Locale.ROOT, "%.0f %%", batchShare * 100), "≥ 40 %",
                batchShare >= 0.4));
        md.append('\n');
        double other = 0;
        double secs = 0;
        for (Phase p : List.of(single, rawSingle, batch, rawBatch)) {
            other += Math.max(0, p.cpuDelta.busy - p.cpuDelta.server - p.cpuDelta.pg - p.cpuDelta.self);
            secs += p.seconds;
        }
        double otherCores = other / clockTicks / secs;
        md.append(String.format(Locale.ROOT, "Interference: processes other than the server, its PostgreSQL and the "
                + "load generator used %.2f of the %d cores on average during the four timed write phases%s.%n%n",
                otherCores, Runtime.getRuntime().availableProcessors(), otherCores > 0.15
                ? " (a busy machine: the results are lower than a quiet machine would give)" : ""));

        md.append("Write phases (closed loop: every client sends its next request when the previous one is answered; "
                + "latency per request or transaction; CPU in cores used on average during the phase, of "
                + Runtime.getRuntime().availableProcessors() + "):\n\n");
        md.append("| phase | clients | requests | statements | errors | seconds | statements/s | p50 ms | p95 ms "
                + "| p99 ms | max ms | CPU: HocSo JVM / PostgreSQL / load generator / other / idle+iowait | CPU ms "
                + "per request: HocSo JVM / PostgreSQL |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Phase p : phases) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %d | %.1f | %s | %.1f | %.1f | %.1f | %.1f | "
                    + "%s | %.2f / %.2f |%n", p.name, p.clients, fmt(p.requests), fmt(p.statements), p.errors,
                    p.seconds, fmt(Math.round(p.rate())), p.pct(50), p.pct(95), p.pct(99), p.pct(100),
                    p.cpuDelta.shortForm(p.seconds, clockTicks), 1000.0 * p.cpuDelta.server / clockTicks
                    / Math.max(1, p.requests), 1000.0 * p.cpuDelta.pg / clockTicks / Math.max(1, p.requests)));
        }
        md.append('\n');
        md.append("Database activity per phase (commits/s, WAL flushes/s, WAL MB/s from pg_stat_database, pg_stat_io, "
                + "pg_stat_wal): ");
        for (Phase p : phases) {
            md.append("\n- ").append(p.name).append(": ").append(p.db);
        }
        md.append("\n\n");
        md.append("Queries (" + fmt(storedAtQueries) + " statements stored, " + fmt(agentLinksAtQueries)
                + " agent links, " + fmt(activityLinksAtQueries) + " activity links, database " + dbSizeAtQueries
                + "; random agent of " + fmt(gen.agents) + ", activity of " + fmt(gen.activities) + ", since = the "
                + "stored time of a random statement; " + queryConcurrency + " clients, " + fmt(queries) + " requests "
                + "per kind or " + querySeconds + " s, whichever comes first, after a warm-up; 'SQL alone' = the same "
                + "SQL, built by the LRS's StatementQuery, over plain JDBC from 1 connection, up to 500 runs or 20 s):"
                + "\n\n");
        md.append("| query | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | statements / answer | bytes / answer "
                + "| SQL alone p50 / p95 ms | CPU: HocSo / PostgreSQL / load gen. / other / idle |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (QueryPhase q : queryPhases) {
            long ok = Math.max(1, q.requests - q.errors);
            md.append(String.format(Locale.ROOT, "| `%s` | %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %s | %s | %s |%n",
                    q.name.substring(4), fmt(q.requests), q.requests / q.seconds, q.pct(50), q.pct(95), q.pct(99),
                    q.pct(100), (double) q.returned / ok, fmt(q.bytes / ok), q.sqlLatencies == null ? "–"
                    : String.format(Locale.ROOT, "%.2f / %.2f", percentile(q.sqlLatencies, 50),
                    percentile(q.sqlLatencies, 95)), q.cpuDelta == null ? "" : q.cpuDelta.shortForm(q.seconds,
                    clockTicks)));
        }
        md.append('\n');
        if (!whatIfs.isEmpty()) {
            md.append("Candidate rewrites timed on the same data (not what the LRS runs today; for its owner):\n");
            whatIfs.forEach(w -> md.append("- ").append(w).append('\n'));
            md.append('\n');
        }
        md.append(String.format(Locale.ROOT, """
                Statements: cmi5/SCORM-like, %d bytes on average as sent (actor with mbox or account, one of 9 ADL \
                verbs with en-US/vi-VN display, activity with vi-VN/en-US name and description, result with \
                score/success/completion/duration/extensions by verb, context with registration, instructor on 30 %%, \
                contextActivities parent/grouping/category, extensions), client-assigned ids, %.1f %% voiding \
                statements; %s agents, %s activities. Raw JDBC = the LRS's own insert code and SQL \
                (`StatementStore.insert`: one `INSERT … SELECT FROM unnest(…) ON CONFLICT DO NOTHING` into \
                `lrs_statement` with the link inserts into `lrs_statement_agent` and `lrs_statement_activity` in the \
                same SQL statement, then COMMIT; no reads, no JSON work) into a scratch schema `bench_raw` created `LIKE` the \
                LRS tables `INCLUDING ALL` (same indexes, logged, same database), with the rows the LRS itself \
                stored during the warm-up (every column as stored; %.1f link rows per statement on average), fresh statement \
                ids%s; same number of connections as the LRS phase it is compared with. A CHECKPOINT precedes every \
                timed write phase; ANALYZE precedes the queries. Server: defaults of the jar (embedded PostgreSQL \
                with fsync and synchronous_commit on, pool of 20 connections).
                """, averageBytes, gen.voidRatio * 100, fmt(gen.agents), fmt(gen.activities),
                linksPerStatement, idStep > 1 ? ", storage ids taken from blocks of " + idStep + " of a scratch sequence"
                + " as the LRS takes its own" : ", storage ids from one nextval round trip per transaction as the LRS"
                + " takes its own"));
        Files.writeString(report, md.toString());
        log("\n%s", md);
        if (analysis.length() > 0) {
            Path a = report.resolveSibling(report.getFileName().toString().replace(".md", "") + "-analysis.txt");
            Files.writeString(a, analysis.toString());
            System.out.println("\n================ analysis ================\n" + analysis);
        }
    }

    double linksPerStatement = Double.NaN;

    static String row(String measure, String result, String target, Boolean ok) {
        return "| " + measure + " | **" + result + "** | " + target + " | " + (ok == null ? "" : ok ? "✓" : "✗")
                + " |\n";
    }

    // ------------------------------------------------------------------------------------------ the statements

    /** Realistic cmi5/SCORM-like statements for a Vietnamese school system. */
    static final class Generator {
        static final String HOME = "https://hocso.edu.vn";
        static final String[][] VERBS = {
            {"http://adlnet.gov/expapi/verbs/launched", "launched", "đã khởi chạy", "6"},
            {"http://adlnet.gov/expapi/verbs/initialized", "initialized", "đã bắt đầu", "10"},
            {"http://adlnet.gov/expapi/verbs/progressed", "progressed", "đã tiến triển", "15"},
            {"http://adlnet.gov/expapi/verbs/answered", "answered", "đã trả lời", "25"},
            {"http://adlnet.gov/expapi/verbs/experienced", "experienced", "đã xem", "12"},
            {"http://adlnet.gov/expapi/verbs/completed", "completed", "đã hoàn thành", "8"},
            {"http://adlnet.gov/expapi/verbs/passed", "passed", "đã đạt", "6"},
            {"http://adlnet.gov/expapi/verbs/failed", "failed", "chưa đạt", "3"},
            {"http://adlnet.gov/expapi/verbs/terminated", "terminated", "đã kết thúc", "10"},
        };
        static final String[][] SUBJECTS = {{"Toán", "Mathematics"}, {"Ngữ văn", "Literature"},
            {"Tiếng Anh", "English"}, {"Vật lí", "Physics"}, {"Hóa học", "Chemistry"}, {"Sinh học", "Biology"},
            {"Lịch sử", "History"}, {"Địa lí", "Geography"}, {"Tin học", "Computer science"},
            {"Giáo dục công dân", "Civic education"}};
        static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
        static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Ngọc", "Thanh", "Đức", "Hoài", "Quang", "Thu", "Gia"};
        static final String[] GIVEN = {"An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa",
            "Huy", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nhung", "Phúc", "Phương", "Quân", "Sơn", "Tâm",
            "Thảo", "Trang", "Tuấn", "Uyên", "Vy", "Yến"};
        static final String[] SCHOOLS = {"thpt-chu-van-an", "thpt-viet-duc", "thcs-ba-dinh", "thpt-le-hong-phong",
            "thcs-nguyen-du", "th-kim-dong", "thpt-tran-phu", "thcs-dong-da"};
        static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
        static final ZoneOffset VN = ZoneOffset.ofHours(7);

        final int agents;
        final int activities;
        final int courses;
        final double voidRatio;
        final int[] verbCumulative;
        final String[] actorJson;
        final String[] agentParamJson;
        final String[] agentIfi;
        final String[] objectJson;
        final String[] courseJson;
        final String[] teacherJson;
        final AtomicReferenceArray<String> recent = new AtomicReferenceArray<>(4096);

        Generator(int agents, int activities, double voidRatio) {
            this.agents = agents;
            this.activities = activities;
            this.courses = Math.max(1, activities / 10);
            this.voidRatio = voidRatio;
            verbCumulative = new int[VERBS.length];
            int sum = 0;
            for (int i = 0; i < VERBS.length; i++) {
                sum += Integer.parseInt(VERBS[i][3]);
                verbCumulative[i] = sum;
            }
            Random r = new Random(2026);
            actorJson = new String[agents];
            agentParamJson = new String[agents];
            agentIfi = new String[agents];
            for (int a = 0; a < agents; a++) {
                String name = SURNAMES[r.nextInt(SURNAMES.length)] + " " + MIDDLE[r.nextInt(MIDDLE.length)] + " "
                        + GIVEN[r.nextInt(GIVEN.length)];
                if (a % 5 < 3) { // 60 % LMS accounts
                    String user = String.format("hs%06d", a);
                    String account = "{\"homePage\":\"" + HOME + "\",\"name\":\"" + user + "\"}";
                    actorJson[a] = "{\"objectType\":\"Agent\",\"name\":\"" + name + "\",\"account\":" + account + "}";
                    agentParamJson[a] = "{\"objectType\":\"Agent\",\"account\":" + account + "}";
                    agentIfi[a] = "account:" + HOME + "|" + user;
                } else {
                    String mbox = String.format("mailto:hs%06d@%s.edu.vn", a, SCHOOLS[a % SCHOOLS.length]);
                    actorJson[a] = "{\"objectType\":\"Agent\",\"name\":\"" + name + "\",\"mbox\":\"" + mbox + "\"}";
                    agentParamJson[a] = "{\"mbox\":\"" + mbox + "\"}";
                    agentIfi[a] = "mbox:" + mbox;
                }
            }
            objectJson = new String[activities];
            courseJson = new String[courses];
            for (int c = 0; c < courses; c++) {
                String[] subject = SUBJECTS[c % SUBJECTS.length];
                int grade = 1 + (c / SUBJECTS.length) % 12;
                courseJson[c] = "{\"objectType\":\"Activity\",\"id\":\"" + courseIri(c) + "\"}";
                for (int u = 0; u < 10 && c * 10 + u < activities; u++) {
                    int lesson = u + 1;
                    objectJson[c * 10 + u] = "{\"objectType\":\"Activity\",\"id\":\"" + activityIri(c * 10 + u)
                            + "\",\"definition\":{\"type\":\"http://adlnet.gov/expapi/activities/lesson\","
                            + "\"name\":{\"vi-VN\":\"" + subject[0] + " " + grade + " – Bài " + lesson + "\",\"en-US\":\""
                            + subject[1] + " grade " + grade + " – Lesson " + lesson + "\"},\"description\":{\"vi-VN\":\""
                            + "Bài học số " + lesson + " của khóa " + subject[0] + " lớp " + grade + "\",\"en-US\":\""
                            + "Lesson " + lesson + " of the grade " + grade + " " + subject[1] + " course\"}}}";
                }
            }
            teacherJson = new String[300];
            for (int t = 0; t < teacherJson.length; t++) {
                teacherJson[t] = "{\"objectType\":\"Agent\",\"name\":\"Giáo viên " + GIVEN[t % GIVEN.length]
                        + "\",\"account\":{\"homePage\":\"" + HOME + "\",\"name\":\"gv" + String.format("%04d", t)
                        + "\"}}";
            }
        }

        String courseIri(int c) {
            return HOME + "/xapi/activities/course/c" + String.format("%04d", c);
        }

        String activityIri(int i) {
            return courseIri(i / 10) + "/au/" + String.format("%02d", i % 10 + 1);
        }

        String agentParam(int a) {
            return agentParamJson[a];
        }

        String agentIfi(int a) {
            return agentIfi[a];
        }

        /** A statement that was stored: a later voiding statement may target it. */
        void acknowledged(Random r, String id) {
            recent.set(r.nextInt(recent.length()), id);
        }

        String batch(Random r, int n, String[] firstId) {
            StringBuilder sb = new StringBuilder(n * 1200).append('[');
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(statement(r, i == 0 ? firstId : null));
            }
            return sb.append(']').toString();
        }

        String statement(Random r) {
            return statement(r, null);
        }

        /** One statement; its id goes to {@code id[0]} when id is given and the statement is not a voiding one. */
        String statement(Random r, String[] id) {
            String uuid = uuid(r).toString();
            String ts = TS.format(OffsetDateTime.now(VN).minusNanos(r.nextInt(5_000) * 1_000_000L));
            if (r.nextDouble() < voidRatio) {
                String target = recent.get(r.nextInt(recent.length()));
                if (target != null) {
                    return "{\"id\":\"" + uuid + "\",\"actor\":{\"objectType\":\"Agent\",\"name\":\"Quản trị HocSo\","
                            + "\"account\":{\"homePage\":\"" + HOME + "\",\"name\":\"admin\"}},\"verb\":{\"id\":"
                            + "\"http://adlnet.gov/expapi/verbs/voided\",\"display\":{\"en-US\":\"voided\",\"vi-VN\":"
                            + "\"đã hủy\"}},\"object\":{\"objectType\":\"StatementRef\",\"id\":\"" + target
                            + "\"},\"timestamp\":\"" + ts + "\"}";
                }
            }
            if (id != null) {
                id[0] = uuid;
            }
            int a = r.nextInt(agents);
            // every learner follows 5 courses; the activity is one of the 10 lessons (AUs) of one of them
            int course = Math.floorMod(a * 31 + r.nextInt(5) * 7919, courses);
            int activity = Math.min(activities - 1, course * 10 + r.nextInt(10));
            int v = Arrays.binarySearch(verbCumulative, r.nextInt(verbCumulative[verbCumulative.length - 1]) + 1);
            v = v < 0 ? -v - 1 : v;
            String[] verb = VERBS[v];
            UUID registration = UUID.nameUUIDFromBytes(("reg:" + a + ":" + course).getBytes(StandardCharsets.UTF_8));
            StringBuilder s = new StringBuilder(1400);
            s.append("{\"id\":\"").append(uuid).append("\",\"actor\":").append(actorJson[a])
                    .append(",\"verb\":{\"id\":\"").append(verb[0]).append("\",\"display\":{\"en-US\":\"")
                    .append(verb[1]).append("\",\"vi-VN\":\"").append(verb[2]).append("\"}},\"object\":")
                    .append(objectJson[activity]);
            String result = result(r, verb[1]);
            if (result != null) {
                s.append(",\"result\":").append(result);
            }
            boolean cmi5 = !verb[1].equals("answered") && !verb[1].equals("experienced");
            s.append(",\"context\":{\"registration\":\"").append(registration).append('"');
            if (r.nextInt(10) < 3) {
                s.append(",\"instructor\":").append(teacherJson[course % teacherJson.length]);
            }
            s.append(",\"platform\":\"HocSo\",\"language\":\"vi-VN\",\"contextActivities\":{\"parent\":[")
                    .append(courseJson[course]).append("],\"grouping\":[{\"objectType\":\"Activity\",\"id\":\"")
                    .append(HOME).append("/xapi/activities/program/lop-").append(1 + (course / 10) % 12)
                    .append("\"}]");
            if (cmi5) {
                s.append(",\"category\":[{\"id\":\"https://w3id.org/xapi/cmi5/context/categories/cmi5\"}]");
            }
            s.append("},\"extensions\":{\"https://w3id.org/xapi/cmi5/context/extensions/sessionid\":\"")
                    .append(uuid(r)).append("\",\"").append(HOME).append("/xapi/extensions/school\":\"")
                    .append(SCHOOLS[a % SCHOOLS.length]).append("\"}}");
            s.append(",\"timestamp\":\"").append(ts).append("\"}");
            return s.toString();
        }

        static String duration(Random r, int maxMinutes) {
            int secs = 5 + r.nextInt(maxMinutes * 60);
            return "PT" + (secs / 60 > 0 ? secs / 60 + "M" : "") + secs % 60 + "S";
        }

        static String result(Random r, String verb) {
            switch (verb) {
                case "answered": {
                    boolean ok = r.nextInt(10) < 7;
                    return "{\"success\":" + ok + ",\"response\":\"" + (char) ('a' + r.nextInt(4))
                            + "\",\"score\":{\"scaled\":" + (ok ? 1 : 0) + ",\"raw\":" + (ok ? 1 : 0)
                            + ",\"min\":0,\"max\":1},\"duration\":\"" + duration(r, 2) + "\"}";
                }
                case "progressed":
                    return "{\"extensions\":{\"https://w3id.org/xapi/cmi5/result/extensions/progress\":"
                            + (5 + r.nextInt(90)) + "},\"duration\":\"" + duration(r, 20) + "\"}";
                case "completed":
                    return "{\"completion\":true,\"duration\":\"" + duration(r, 45) + "\",\"extensions\":{"
                            + "\"https://w3id.org/xapi/cmi5/result/extensions/progress\":100}}";
                case "passed":
                case "failed": {
                    int raw = verb.equals("passed") ? 50 + r.nextInt(51) : r.nextInt(50);
                    return "{\"score\":{\"scaled\":" + (raw / 100.0) + ",\"raw\":" + raw + ",\"min\":0,\"max\":100},"
                            + "\"success\":" + verb.equals("passed") + ",\"duration\":\"" + duration(r, 45) + "\"}";
                }
                case "terminated":
                case "experienced":
                    return "{\"duration\":\"" + duration(r, 45) + "\"}";
                default:
                    return null;
            }
        }
    }

    static UUID uuid(Random r) {
        long msb = (r.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    // ---------------------------------------------------------------------------------- CPU and database counters

    /**
     * CPU ticks: the whole machine (/proc/stat), the server JVM (user and system), PostgreSQL (postmaster and its
     * live children, per process, so that a process ending between two samples does not add its whole life) and this
     * process.
     */
    static final class Cpu {
        long busy;
        long idle;
        long iowait;
        long server;
        long serverSys;
        long pg;
        long self;
        Map<Long, Long> pgByPid = new HashMap<>();

        static Cpu take(LrsBench b) {
            Cpu c = new Cpu();
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long[] v = new long[f.length];
                for (int i = 1; i < f.length; i++) {
                    v[i] = Long.parseLong(f[i]);
                }
                c.idle = v[4];
                c.iowait = v[5];
                c.busy = v[1] + v[2] + v[3] + v[6] + v[7] + (f.length > 8 ? v[8] : 0);
            } catch (IOException | RuntimeException e) {
                // not Linux
            }
            c.self = ticks(ProcessHandle.current().pid())[0];
            if (b.serverPid > 0) {
                long[] t = ticks(b.serverPid);
                c.server = t[0];
                c.serverSys = t[1];
            }
            if (b.pgData != null) {
                try {
                    long postmaster = Long.parseLong(Files.readAllLines(b.pgData.resolve("postmaster.pid")).get(0)
                            .trim());
                    c.pgByPid.put(postmaster, ticks(postmaster)[0]);
                    for (ProcessHandle h : ProcessHandle.of(postmaster).map(p -> p.descendants().toList())
                            .orElse(List.of())) {
                        c.pgByPid.put(h.pid(), ticks(h.pid())[0]);
                    }
                } catch (IOException | RuntimeException e) {
                    // no PostgreSQL figures
                }
            }
            return c;
        }

        /** {user + system, system} ticks of a process. */
        static long[] ticks(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // f[0] is field 3 (state): utime = field 14 -> f[11], stime = field 15 -> f[12]
                long user = Long.parseLong(f[11]);
                long sys = Long.parseLong(f[12]);
                return new long[] {user + sys, sys};
            } catch (IOException | RuntimeException e) {
                return new long[] {0, 0};
            }
        }

        /** The CPU used between {@code o} (earlier) and this sample. */
        Cpu minus(Cpu o) {
            Cpu d = new Cpu();
            d.busy = busy - o.busy;
            d.idle = idle - o.idle;
            d.iowait = iowait - o.iowait;
            d.server = server - o.server;
            d.serverSys = serverSys - o.serverSys;
            for (Map.Entry<Long, Long> e : pgByPid.entrySet()) {
                d.pg += Math.max(0, e.getValue() - o.pgByPid.getOrDefault(e.getKey(), 0L));
            }
            d.self = self - o.self;
            return d;
        }

        String describe(double seconds, int hz) {
            double k = hz * seconds;
            long other = Math.max(0, busy - server - pg - self);
            return String.format(Locale.ROOT, "HocSo JVM %.2f (of which kernel %.2f), PostgreSQL %.2f, load generator "
                    + "%.2f, other %.2f, idle %.2f, iowait %.2f cores", server / k, serverSys / k, pg / k, self / k,
                    other / k, idle / k, iowait / k);
        }

        String shortForm(double seconds, int hz) {
            double k = hz * seconds;
            long other = Math.max(0, busy - server - pg - self);
            return String.format(Locale.ROOT, "%.2f / %.2f / %.2f / %.2f / %.2f", server / k, pg / k, self / k,
                    other / k, (idle + iowait) / k);
        }
    }

    /** Commits, WAL bytes and WAL flushes of the database server. */
    static final class Db {
        long commits = -1;
        long walBytes = -1;
        long walFsyncs = -1;

        static Db take(Connection c) {
            Db d = new Db();
            d.commits = number(c, "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()");
            d.walBytes = number(c, "SELECT wal_bytes FROM pg_stat_wal");
            d.walFsyncs = number(c, "SELECT sum(fsyncs) FROM pg_stat_io WHERE object = 'wal'");
            return d;
        }

        static long number(Connection c, String sql) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                return rs.next() ? rs.getLong(1) : -1;
            } catch (SQLException e) {
                return -1;
            }
        }

        static String describe(Db a, Db b, double seconds) {
            return String.format(Locale.ROOT, "%.0f commits/s, %.0f WAL flushes/s, %.1f MB WAL/s",
                    (b.commits - a.commits) / seconds, (b.walFsyncs - a.walFsyncs) / seconds,
                    (b.walBytes - a.walBytes) / seconds / 1e6);
        }
    }

    // ------------------------------------------------------------------------------------------------- JFR summary

    /** Summarises a JFR recording of the server: where CPU samples fall, GC and allocation. */
    static final class JfrTop {
        static String summary(Path file, double seconds) throws IOException {
            Map<String, Integer> self = new HashMap<>();
            Map<String, Integer> selfPackage = new HashMap<>();
            Map<String, Integer> inclusiveOwn = new HashMap<>();
            Map<String, Integer> inclusiveArea = new HashMap<>();
            Map<String, Integer> byThread = new HashMap<>();
            int samples = 0;
            double gcPauseMs = 0;
            int gcs = 0;
            double allocated = 0;
            Map<String, Double> allocByOwnFrame = new HashMap<>();
            try (jdk.jfr.consumer.RecordingFile rf = new jdk.jfr.consumer.RecordingFile(file)) {
                while (rf.hasMoreEvents()) {
                    jdk.jfr.consumer.RecordedEvent e = rf.readEvent();
                    String type = e.getEventType().getName();
                    if (type.equals("jdk.ExecutionSample")) {
                        jdk.jfr.consumer.RecordedStackTrace st = e.getStackTrace();
                        if (st == null || st.getFrames().isEmpty()) {
                            continue;
                        }
                        samples++;
                        jdk.jfr.consumer.RecordedThread thread = e.getThread("sampledThread");
                        byThread.merge(thread == null || thread.getJavaName() == null ? "?"
                                : thread.getJavaName().replaceAll("[0-9]+$", "*"), 1, Integer::sum);
                        List<jdk.jfr.consumer.RecordedFrame> frames = st.getFrames();
                        String top = name(frames.get(0));
                        self.merge(top, 1, Integer::sum);
                        selfPackage.merge(pkg(frames.get(0)), 1, Integer::sum);
                        java.util.Set<String> seen = new java.util.HashSet<>();
                        java.util.Set<String> areas = new java.util.HashSet<>();
                        for (jdk.jfr.consumer.RecordedFrame f : frames) {
                            String n = name(f);
                            if (n.startsWith("vn.hocso") && seen.add(n)) {
                                inclusiveOwn.merge(n, 1, Integer::sum);
                            }
                            areas.add(area(n));
                        }
                        areas.remove(null);
                        for (String a : areas) {
                            inclusiveArea.merge(a, 1, Integer::sum);
                        }
                    } else if (type.equals("jdk.GarbageCollection")) {
                        gcs++;
                        gcPauseMs += e.getDuration("sumOfPauses").toNanos() / 1e6;
                    } else if (type.equals("jdk.ObjectAllocationSample")) {
                        double w = e.getLong("weight");
                        allocated += w;
                        jdk.jfr.consumer.RecordedStackTrace st = e.getStackTrace();
                        if (st != null) {
                            for (jdk.jfr.consumer.RecordedFrame f : st.getFrames()) {
                                String n = name(f);
                                if (n.startsWith("vn.hocso")) {
                                    allocByOwnFrame.merge(n, w, Double::sum);
                                    break;
                                }
                            }
                        }
                    }
                }
            }
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "    %d CPU samples of Java code; %d GCs, %.0f ms paused in total "
                    + "(%.1f %% of the time); allocation ≈ %.0f MB/s%n", samples, gcs, gcPauseMs,
                    gcPauseMs / seconds / 10, allocated / seconds / 1e6));
            sb.append("    samples by thread:\n");
            top(byThread, samples, 6, sb);
            sb.append("    share of samples whose stack contains (inclusive):\n");
            top(inclusiveArea, samples, 20, sb);
            sb.append("    hottest HocSo methods (inclusive):\n");
            top(inclusiveOwn, samples, 25, sb);
            sb.append("    hottest methods (self):\n");
            top(self, samples, 25, sb);
            sb.append("    self time by package:\n");
            top(selfPackage, samples, 15, sb);
            sb.append("    allocation by nearest HocSo frame:\n");
            double allocatedTotal = allocated;
            allocByOwnFrame.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .limit(12).forEach(e -> sb.append(String.format(Locale.ROOT, "      %5.1f %%  %s%n",
                    100 * e.getValue() / Math.max(1, allocatedTotal), e.getKey())));
            return sb.toString();
        }

        static void top(Map<String, Integer> m, int total, int n, StringBuilder sb) {
            m.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
                    .forEach(e -> sb.append(String.format(Locale.ROOT, "      %5.1f %%  %s%n",
                            100.0 * e.getValue() / Math.max(1, total), e.getKey())));
        }

        static String name(jdk.jfr.consumer.RecordedFrame f) {
            jdk.jfr.consumer.RecordedMethod m = f.getMethod();
            return m == null ? "?" : m.getType().getName() + "." + m.getName();
        }

        static String pkg(jdk.jfr.consumer.RecordedFrame f) {
            String n = name(f);
            String[] parts = n.split("\\.");
            return String.join(".", Arrays.copyOf(parts, Math.min(3, Math.max(1, parts.length - 2))));
        }

        /** Coarse areas of the request path. */
        static String area(String n) {
            if (n.startsWith("vn.hocso.lrs.validation.")) {
                return "LRS validation (vn.hocso.lrs.validation)";
            }
            if (n.startsWith("vn.hocso.lrs.service.ActivityDefinitions")) {
                return "ActivityDefinitions.record/load";
            }
            if (n.startsWith("vn.hocso.lrs.service.StatementLinks")) {
                return "StatementLinks";
            }
            if (n.startsWith("vn.hocso.lrs.persistence.StatementStore")) {
                return "StatementStore (JDBC calls)";
            }
            if (n.startsWith("vn.hocso.lrs.model.XapiJson.parse")) {
                return "XapiJson.parse";
            }
            if (n.startsWith("vn.hocso.lrs.model.XapiJson.write")) {
                return "XapiJson.write";
            }
            if (n.startsWith("vn.hocso.lrs.security.")) {
                return "LRS authentication";
            }
            if (n.startsWith("vn.hocso.lrs.web.StatementsHandler.get")) {
                return "StatementsHandler.get";
            }
            if (n.startsWith("vn.hocso.lrs.web.StatementsHandler.format")) {
                return "StatementsHandler.format";
            }
            if (n.startsWith("org.postgresql.")) {
                return "PostgreSQL JDBC driver";
            }
            if (n.startsWith("io.agroal.")) {
                return "Agroal pool";
            }
            if (n.startsWith("com.arjuna.") || n.startsWith("io.quarkus.narayana")) {
                return "Narayana transactions";
            }
            if (n.startsWith("com.fasterxml.jackson.")) {
                return "Jackson";
            }
            if (n.startsWith("io.netty.")) {
                return "Netty";
            }
            if (n.startsWith("io.vertx.")) {
                return "Vert.x";
            }
            if (n.startsWith("org.jboss.resteasy.")) {
                return "RESTEasy Reactive";
            }
            if (n.startsWith("io.quarkus.security") || n.startsWith("io.quarkus.vertx.http.runtime.security")) {
                return "Quarkus security";
            }
            if (n.startsWith("io.smallrye.") || n.startsWith("io.quarkus.arc") || n.startsWith("org.jboss.logging")) {
                return "CDI/SmallRye/logging";
            }
            return null;
        }
    }

    // ------------------------------------------------------------------------------------------------- helpers

    static final class LongList {
        long[] a = new long[1024];
        int n;

        void add(long v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        long[] toArray() {
            return Arrays.copyOf(a, n);
        }

        static long[] merge(LongList[] lists) {
            int total = 0;
            for (LongList l : lists) {
                total += l.n;
            }
            long[] all = new long[total];
            int i = 0;
            for (LongList l : lists) {
                System.arraycopy(l.a, 0, all, i, l.n);
                i += l.n;
            }
            Arrays.sort(all);
            return all;
        }
    }

    /** Percentile (nearest rank) of sorted nanosecond values, in milliseconds. */
    static double percentile(long[] sorted, double p) {
        if (sorted == null || sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    static int occurrences(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String fmt(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String string(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    void checkpoint(Connection c) throws SQLException {
        exec(c, "CHECKPOINT");
    }

    static void log(String format, Object... args) {
        System.out.println("[" + OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toLocalTime() + "] "
                + String.format(Locale.ROOT, format, args));
        System.out.flush();
    }

    void analysisNote(String format, Object... args) {
        String s = String.format(Locale.ROOT, format, args);
        synchronized (analysis) {
            analysis.append(s).append("\n\n");
        }
    }
}
