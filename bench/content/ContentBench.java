import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalTime;
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
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Load generator of the content benchmark (run by bench/content.sh; see the comment there for what is measured).
 *
 * <p>Against a HocSo server on 127.0.0.1 (production profile, bootstrap administrator): creates a trainer and the
 * learner accounts through the API; generates a SCORM 1.2 package of about 2,000 files / 25 MB and times its upload
 * ({@code POST /api/v1/packages}) several times; launches the package for every learner (play page, then the player
 * page on the content origin, which opens the session) and has each learner commit every 30 s, open loop; finally
 * compares package-file serving on the content origin with nginx serving the same stored files, both loaded by wrk.
 * Writes a Markdown report.
 *
 * <p>Class path: the PostgreSQL JDBC driver (storage prefix of the package, database counters).
 */
public class ContentBench {

    static final Map<String, String> args = new LinkedHashMap<>();

    final String lms;
    final String content;
    final String adminAuth;
    final Path work;
    final Path report;
    final String jdbc;
    final long serverPid;
    final Path pgData;
    final int nginxPort;
    final Path nginxPid;
    final int learnerCount;
    final int intervalSeconds;
    final int arrivalSeconds;
    final int warmupSeconds;
    final int durationSeconds;
    final int importRuns;
    final int fileCount;
    final long packageBytes;
    final int wrkSeconds;
    final int wrkConnections;
    final int wrkRounds;
    final int controlSeconds;
    final String vertxClasspath;
    final int clockTicks;
    final HttpClient http;
    final StringBuilder details = new StringBuilder();
    final List<String[]> summary = new ArrayList<>();
    final List<String> diagnosis = new ArrayList<>();

    ContentBench() {
        lms = arg("url", "http://127.0.0.1:18190");
        content = arg("content-url", "http://127.0.0.1:18191");
        adminAuth = basic(arg("admin", "benchadmin:Bench-Admin-2026"));
        work = Path.of(arg("work-dir", "/tmp"));
        report = Path.of(arg("report", work.resolve("report.md").toString()));
        jdbc = arg("jdbc", "jdbc:postgresql://127.0.0.1:15532/hocso?user=postgres");
        serverPid = Long.parseLong(arg("server-pid", "0"));
        pgData = args.containsKey("pg-data") ? Path.of(args.get("pg-data")) : null;
        nginxPort = Integer.parseInt(arg("nginx-port", "0"));
        nginxPid = args.containsKey("nginx-pid") ? Path.of(args.get("nginx-pid")) : null;
        learnerCount = Integer.parseInt(arg("learners", "1000"));
        intervalSeconds = Integer.parseInt(arg("interval", "30"));
        arrivalSeconds = Integer.parseInt(arg("arrival", "60"));
        warmupSeconds = Integer.parseInt(arg("warmup", "30"));
        durationSeconds = Integer.parseInt(arg("duration", "180"));
        importRuns = Integer.parseInt(arg("imports", "5"));
        fileCount = Integer.parseInt(arg("files", "2000"));
        packageBytes = Long.parseLong(arg("package-mb", "25")) * 1_000_000L;
        wrkSeconds = Integer.parseInt(arg("wrk-seconds", "30"));
        wrkConnections = Integer.parseInt(arg("wrk-connections", "32"));
        wrkRounds = Integer.parseInt(arg("wrk-rounds", "2"));
        controlSeconds = Integer.parseInt(arg("control-seconds", "15"));
        vertxClasspath = args.get("vertx-classpath");
        clockTicks = Integer.parseInt(arg("clk-tck", "100"));
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(8)).build();
    }

    public static void main(String[] argv) throws Exception {
        for (int i = 0; i < argv.length; i++) {
            if (!argv[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + argv[i]);
            }
            String name = argv[i].substring(2);
            int eq = name.indexOf('=');
            if (eq > 0) {
                args.put(name.substring(0, eq), name.substring(eq + 1));
            } else {
                args.put(name, i + 1 < argv.length && !argv[i + 1].startsWith("--") ? argv[++i] : "true");
            }
        }
        ContentBench b = new ContentBench();
        b.run();
        System.exit(0);
    }

    void run() throws Exception {
        Accounts accounts = createAccounts();
        Generated pkg = generatePackage(work.resolve("package.zip"), new Random(20260101L));
        long packageId = importPhase(accounts, pkg);
        List<Learner> learners = runtimePhase(accounts, packageId);
        servingPhase(packageId, learners.stream().filter(l -> l.token != null).findFirst()
                .orElseThrow(() -> new IllegalStateException("no learner could launch")).token, pkg);
        writeReport(pkg);
    }

    // ------------------------------------------------------------------------------------------------- accounts

    record Accounts(long cityId, String trainerAuth, List<String[]> learners) {
    }

    /** A trainer and the learners (LEARNER on the city root, so every package of the city is theirs to take). */
    Accounts createAccounts() throws Exception {
        Matcher m = Pattern.compile("\"id\":(\\d+),\"code\":\"HCM\"").matcher(
                expect(send(get(lms + "/api/v1/org-units", adminAuth)), 200));
        if (!m.find()) {
            throw new IllegalStateException("city root HCM not found");
        }
        long city = Long.parseLong(m.group(1));
        String trainerPassword = "Trainer-Bench-2026";
        createUser("bench.trainer", trainerPassword, "Giáo viên Benchmark", "TRAINER", city);
        long t0 = System.nanoTime();
        List<String[]> learners = new ArrayList<>();
        for (int i = 0; i < learnerCount; i++) {
            learners.add(new String[] {String.format(Locale.ROOT, "hs%05d", i), "Learner-" + i + "-pw"});
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < learners.size(); i++) {
            String[] l = learners.get(i);
            String name = VN_NAMES[i % VN_NAMES.length] + " " + (i + 1);
            done.add(pool.submit(() -> createUser(l[0], l[1], name, "LEARNER", city)));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        log("created 1 trainer and %d learner accounts in %.1f s", learners.size(), (System.nanoTime() - t0) / 1e9);
        return new Accounts(city, basic("bench.trainer:" + trainerPassword), learners);
    }

    Void createUser(String username, String password, String displayName, String role, long unit) throws Exception {
        String body = String.format(Locale.ROOT, "{\"username\":\"%s\",\"password\":\"%s\",\"displayName\":\"%s\","
                + "\"preferredLocale\":\"vi\",\"roles\":[{\"role\":\"%s\",\"orgUnitId\":%d}]}",
                username, password, displayName, role, unit);
        expect(send(post(lms + "/api/v1/users", adminAuth, "application/json",
                HttpRequest.BodyPublishers.ofString(body))), 201);
        return null;
    }

    static final String[] VN_NAMES = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Châu", "Phạm Đức Dũng",
        "Hoàng Thu Giang", "Huỳnh Ngọc Hà", "Phan Thanh Hải", "Vũ Hoài Linh", "Võ Gia Long", "Đặng Thị Mai"};

    // -------------------------------------------------------------------------------------------------- package

    /** What went into the generated package: per kind {files, bytes, stored-method files}. */
    record Generated(Path zip, long zipBytes, Map<String, long[]> kinds, int files, long bytes,
            Map<String, byte[]> serveFiles) {
    }

    /** Files served in the file-serving comparison (a 2 KB page, a 40 KB script, a 300 KB image). */
    static final String[][] SERVED = {{"res/bench/page-2k.html", "2048"}, {"res/bench/app-40k.js", "40960"},
        {"res/bench/hero-300k.png", "307200"}};

    /**
     * A SCORM 1.2 package: {@code imsmanifest.xml} with one organisation, one item and one SCO resource
     * ({@code index.html}) listing every file; html/js/css/json/svg text (DEFLATE) and PNG/MP3-like random bytes
     * (STORED), about {@code fileCount} files and {@code packageBytes} bytes in all.
     */
    Generated generatePackage(Path zip, Random r) throws IOException {
        // kind, extension, share of the files, smallest and largest size (bytes), stored?
        Object[][] mix = {
            {"html", "html", 0.32, 1_000, 8_000, false}, {"js", "js", 0.16, 2_000, 40_000, false},
            {"css", "css", 0.10, 1_000, 10_000, false}, {"png", "png", 0.38, 2_000, 20_000, true},
            {"json/svg", "json", 0.028, 500, 5_000, false}, {"mp3", "mp3", 0.012, 0, 0, true}};
        List<String[]> plan = new ArrayList<>(); // name, kind, size
        Map<String, byte[]> served = new LinkedHashMap<>();
        long planned = 0;
        int n = fileCount - SERVED.length - 1;
        for (Object[] k : mix) {
            int count = (int) Math.round(n * (double) k[2]);
            for (int i = 0; i < count && !k[0].equals("mp3"); i++) {
                int size = (int) k[3] + r.nextInt((int) k[4] - (int) k[3] + 1);
                String ext = k[0].equals("json/svg") ? (i % 2 == 0 ? "json" : "svg") : (String) k[1];
                plan.add(new String[] {path((String) k[0], ext, i), (String) k[0], Integer.toString(size)});
                planned += size;
            }
        }
        for (String[] s : SERVED) {
            planned += Long.parseLong(s[1]);
        }
        // audio takes the rest of the bytes, in files of roughly 250 KB
        int audioFiles = Math.max(1, fileCount - 1 - SERVED.length - plan.size());
        long audioBytes = Math.max(audioFiles * 50_000L, packageBytes - planned);
        for (int i = 0; i < audioFiles; i++) {
            plan.add(new String[] {path("mp3", "mp3", i), "mp3", Long.toString(audioBytes / audioFiles)});
        }
        Map<String, long[]> kinds = new TreeMap<>();
        int files = 0;
        long bytes = 0;
        List<String> names = new ArrayList<>();
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            names.add("index.html");
            for (String[] p : plan) {
                names.add(p[0]);
            }
            for (String[] s : SERVED) {
                names.add(s[0]);
            }
            byte[] manifest = manifest(names).getBytes(StandardCharsets.UTF_8);
            entry(out, "imsmanifest.xml", manifest, false);
            byte[] index = html(r, 6_000, "Bài học: Phân số và số thập phân");
            entry(out, "index.html", index, false);
            add(kinds, "html", index.length, false);
            files += 1;
            bytes += index.length;
            for (String[] p : plan) {
                boolean stored = p[1].equals("png") || p[1].equals("mp3");
                byte[] data = content(r, p[1], p[0], Integer.parseInt(p[2]));
                entry(out, p[0], data, stored);
                add(kinds, p[1], data.length, stored);
                files++;
                bytes += data.length;
            }
            for (String[] s : SERVED) {
                int size = Integer.parseInt(s[1]);
                String kind = s[0].endsWith(".png") ? "png" : s[0].endsWith(".js") ? "js" : "html";
                byte[] data = content(r, kind, s[0], size);
                entry(out, s[0], data, kind.equals("png"));
                add(kinds, kind, data.length, kind.equals("png"));
                served.put(s[0], data);
                files++;
                bytes += data.length;
            }
            add(kinds, "imsmanifest.xml", manifest.length, false);
            files++;
            bytes += manifest.length;
        }
        log("generated %s: %d files, %.1f MB uncompressed, %.1f MB zip", zip, files, bytes / 1e6, Files.size(zip) / 1e6);
        return new Generated(zip, Files.size(zip), kinds, files, bytes, served);
    }

    static String path(String kind, String ext, int i) {
        return switch (kind) {
            case "html" -> String.format(Locale.ROOT, "res/lessons/l%02d/page-%03d.html", i / 40, i % 40);
            case "js" -> String.format(Locale.ROOT, "res/js/%s/module-%03d.js", i % 3 == 0 ? "vendor" : "app", i);
            case "css" -> String.format(Locale.ROOT, "res/css/theme-%03d.css", i);
            case "png" -> String.format(Locale.ROOT, "res/img/s%02d/img-%03d.png", i / 50, i % 50);
            case "mp3" -> String.format(Locale.ROOT, "res/audio/narration-%02d.mp3", i);
            default -> String.format(Locale.ROOT, "res/data/item-%03d.%s", i, ext);
        };
    }

    static void add(Map<String, long[]> kinds, String kind, long size, boolean stored) {
        long[] k = kinds.computeIfAbsent(kind, x -> new long[3]);
        k[0]++;
        k[1] += size;
        k[2] += stored ? 1 : 0;
    }

    static void entry(ZipOutputStream out, String name, byte[] data, boolean stored) throws IOException {
        ZipEntry e = new ZipEntry(name);
        if (stored) {
            CRC32 crc = new CRC32();
            crc.update(data);
            e.setMethod(ZipEntry.STORED);
            e.setSize(data.length);
            e.setCompressedSize(data.length);
            e.setCrc(crc.getValue());
        }
        out.putNextEntry(e);
        out.write(data);
        out.closeEntry();
    }

    static String manifest(List<String> files) {
        StringBuilder sb = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest identifier="vn.hocso.bench.toan6" version="1.0"
                    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
                    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
                  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
                  <organizations default="org1">
                    <organization identifier="org1">
                      <title>Toán 6 – Phân số và số thập phân (benchmark)</title>
                      <item identifier="item1" identifierref="res1"><title>Bài học</title></item>
                    </organization>
                  </organizations>
                  <resources>
                    <resource identifier="res1" type="webcontent" adlcp:scormtype="sco" href="index.html">
                """);
        for (String f : files) {
            sb.append("      <file href=\"").append(f).append("\"/>\n");
        }
        return sb.append("    </resource>\n  </resources>\n</manifest>\n").toString();
    }

    static final String[] WORDS = ("học sinh giáo viên bài tập phân số thập phân hình học đại số phương trình "
            + "ví dụ luyện tập kiểm tra đáp án câu hỏi chương mục tiêu kiến thức kĩ năng tính toán so sánh lớp "
            + "trường thành phố quận huyện năm học điểm số kết quả hướng dẫn trình bày giải thích minh họa").split(" ");
    static final String[] JS_WORDS = ("var let const function return if else for while this new null true false "
            + "document window player slide state index length push value event handler render update audio")
            .split(" ");

    static byte[] content(Random r, String kind, String name, int size) {
        byte[] data = switch (kind) {
            case "html" -> html(r, size, "Trang " + name);
            case "js" -> js(r, size);
            case "css" -> css(r, size);
            case "json/svg" -> name.endsWith(".svg") ? svg(r, size) : json(r, size);
            default -> media(r, kind, size);
        };
        return data.length == size ? data : Arrays.copyOf(data, size);
    }

    static byte[] html(Random r, int size, String title) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
                .append(title).append("</title>\n<link rel=\"stylesheet\" href=\"../../css/theme-001.css\">\n"
                        + "<script src=\"../../js/app/module-001.js\"></script></head>\n<body><main class=\"slide\">\n");
        while (sb.length() < size) {
            sb.append("<p class=\"c").append(r.nextInt(40)).append("\">");
            for (int i = 0, n = 8 + r.nextInt(30); i < n; i++) {
                sb.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(8) == 0 ? " " + r.nextInt(1000) : "")
                        .append(' ');
            }
            sb.append("</p>\n");
        }
        return sb.append("</main></body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] js(Random r, int size) {
        StringBuilder sb = new StringBuilder("(function(){'use strict';\n");
        while (sb.length() < size) {
            String f = "f" + Integer.toString(r.nextInt(1 << 20), 36);
            sb.append("function ").append(f).append("(a,b){var ").append(JS_WORDS[r.nextInt(JS_WORDS.length)])
                    .append("_").append(r.nextInt(100)).append("=a*").append(r.nextInt(997)).append("+b;if(a>")
                    .append(r.nextInt(5000)).append("){return \"").append(WORDS[r.nextInt(WORDS.length)])
                    .append(r.nextInt(100)).append("\";}return ").append(JS_WORDS[r.nextInt(JS_WORDS.length)])
                    .append(".").append(JS_WORDS[r.nextInt(JS_WORDS.length)]).append("(").append(r.nextInt(1 << 16))
                    .append(");}\n");
        }
        return sb.append("})();\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] css(Random r, int size) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < size) {
            sb.append(".c").append(Integer.toString(r.nextInt(1 << 16), 36)).append("{color:#")
                    .append(String.format(Locale.ROOT, "%06x", r.nextInt(1 << 24))).append(";margin:")
                    .append(r.nextInt(40)).append("px ").append(r.nextInt(40)).append("px;font-size:")
                    .append(10 + r.nextInt(20)).append("px}\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] json(Random r, int size) {
        StringBuilder sb = new StringBuilder("{\"questions\":[");
        while (sb.length() < size) {
            sb.append("{\"id\":\"q").append(r.nextInt(100000)).append("\",\"text\":\"")
                    .append(WORDS[r.nextInt(WORDS.length)]).append(' ').append(WORDS[r.nextInt(WORDS.length)])
                    .append("\",\"answer\":").append(r.nextInt(4)).append("},");
        }
        return sb.append("{}]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] svg(Random r, int size) {
        StringBuilder sb = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 100\">");
        while (sb.length() < size) {
            sb.append("<path d=\"M").append(r.nextInt(100)).append(' ').append(r.nextInt(100)).append("L")
                    .append(r.nextInt(100)).append(' ').append(r.nextInt(100)).append("\"/>");
        }
        return sb.append("</svg>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** PNG or MP3 header, then random (incompressible) bytes. */
    static byte[] media(Random r, String kind, int size) {
        byte[] data = new byte[size];
        r.nextBytes(data);
        byte[] magic = kind.equals("png") ? new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}
                : new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0};
        System.arraycopy(magic, 0, data, 0, Math.min(magic.length, size));
        return data;
    }

    // --------------------------------------------------------------------------------------------------- import

    /** Times uploads of the package (after an untimed upload of a small one); returns the last package's id. */
    long importPhase(Accounts accounts, Generated pkg) throws Exception {
        expect(send(get(lms + "/api/v1/packages", accounts.trainerAuth())), 200); // caches the trainer's credential
        Generated small = generateSmall();
        upload(accounts.trainerAuth(), small.zip());
        List<double[]> runs = new ArrayList<>(); // ms, server CPU s, PostgreSQL CPU s
        long packageId = 0;
        for (int i = 0; i < importRuns; i++) {
            Cpu before = Cpu.take(this);
            long t0 = System.nanoTime();
            packageId = upload(accounts.trainerAuth(), pkg.zip());
            double ms = (System.nanoTime() - t0) / 1e6;
            Cpu d = Cpu.take(this).minus(before);
            runs.add(new double[] {ms, d.server / (double) clockTicks, d.pg / (double) clockTicks});
            log("import %d: %.0f ms (package %d)", i + 1, ms, packageId);
        }
        double reference = referenceExtraction(pkg.zip());
        double[] ms = runs.stream().mapToDouble(x -> x[0]).sorted().toArray();
        double median = ms.length % 2 == 1 ? ms[ms.length / 2] : (ms[ms.length / 2 - 1] + ms[ms.length / 2]) / 2;
        double worst = ms[ms.length - 1];
        summary.add(new String[] {String.format(Locale.ROOT, "import of %,d files / %.1f MB (zip %.1f MB): median of %d",
                pkg.files(), pkg.bytes() / 1e6, pkg.zipBytes() / 1e6, ms.length), sec(median), "≤ 10 s",
            ok(median <= 10_000)});
        summary.add(new String[] {"… worst run", sec(worst), "≤ 10 s", ok(worst <= 10_000)});
        StringBuilder d = details;
        d.append("\nImport runs (`POST /api/v1/packages`, multipart field `file`, HTTP Basic as a TRAINER, from the "
                + "request's start to the 201 answer; an untimed upload of a 20-file package precedes them; CPU of the "
                + "server JVM and of PostgreSQL during the request):\n\n| run | ms | MB/s (zip) | HocSo JVM CPU s | "
                + "PostgreSQL CPU s |\n|---|---|---|---|---|\n");
        for (int i = 0; i < runs.size(); i++) {
            double[] x = runs.get(i);
            d.append(String.format(Locale.ROOT, "| %d | %.0f | %.1f | %.2f | %.2f |\n", i + 1, x[0],
                    pkg.zipBytes() / 1e3 / x[0], x[1], x[2]));
        }
        d.append(String.format(Locale.ROOT, "\nFor comparison: the load generator itself (a JVM running the benchmark "
                + "from source, so barely warmed up) extracts the same zip to disk with java.util.zip in **%.0f ms** "
                + "(one pass, no checks, no second copy).\n", reference));
        d.append("\nThe package (SCORM 1.2, one SCO `index.html`, the manifest lists every file):\n\n"
                + "| kind | files | bytes | stored (not compressed) |\n|---|---|---|---|\n");
        pkg.kinds().forEach((k, v) -> d.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d |\n", k, v[0], v[1],
                v[2])));
        if (worst > 10_000) {
            diagnosis.add(String.format(Locale.ROOT, "Import: the worst run took %.1f s; the plain extraction takes "
                    + "%.1f s, so %.1f s are the server's own work (upload to disk, SHA-256, archive checks, extraction "
                    + "to imports/, a second copy into the store's staging directory, descriptor JSON, rows).",
                    worst / 1e3, reference / 1e3, (worst - reference) / 1e3));
        }
        return packageId;
    }

    Generated generateSmall() throws IOException {
        int saved = 0;
        Path zip = work.resolve("small.zip");
        Random r = new Random(7);
        List<String> names = new ArrayList<>(List.of("index.html"));
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < 19; i++) {
                names.add("res/p" + i + ".html");
            }
            entry(out, "imsmanifest.xml", manifest(names).getBytes(StandardCharsets.UTF_8), false);
            for (String n : names) {
                entry(out, n, html(r, 2_000, n), false);
                saved++;
            }
        }
        return new Generated(zip, Files.size(zip), Map.of(), saved, 0, Map.of());
    }

    /** Uploads a zip as a new package; returns its id. */
    long upload(String auth, Path zip) throws Exception {
        String boundary = "hocso-bench-" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + zip.getFileName() + "\"\r\nContent-Type: application/zip\r\n\r\n";
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
                HttpRequest.BodyPublishers.ofFile(zip), HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"));
        String answer = expect(send(post(lms + "/api/v1/packages", auth, "multipart/form-data; boundary=" + boundary,
                body)), 201);
        Matcher m = Pattern.compile("^\\{\"id\":(\\d+)").matcher(answer);
        if (!m.find()) {
            throw new IllegalStateException("no package id in " + answer.substring(0, Math.min(200, answer.length())));
        }
        return Long.parseLong(m.group(1));
    }

    /** Milliseconds the load generator needs to extract the zip to a fresh directory (then removed). */
    double referenceExtraction(Path zip) throws IOException {
        Path dir = Files.createTempDirectory(work, "extract-");
        long t0 = System.nanoTime();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : z.stream().toList()) {
                Path target = dir.resolve(e.getName());
                Files.createDirectories(target.getParent());
                try (InputStream in = z.getInputStream(e)) {
                    Files.copy(in, target);
                }
            }
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        return ms;
    }

    // -------------------------------------------------------------------------------------------------- runtime

    /** One simulated learner: their launch and the state of their commits. */
    static final class Learner {
        final int n;
        final String auth;
        final int suspendSize;
        String token;
        String commitUrl;
        String itemId;
        long sequence;
        int commits;
        long nextDue;

        Learner(int n, String auth, int suspendSize) {
            this.n = n;
            this.auth = auth;
            this.suspendSize = suspendSize;
        }
    }

    /** A timed request: when it was due (open loop), sent and answered, in nanoseconds, and its HTTP status. */
    record Sample(long due, long start, long end, int status) {
    }

    final ConcurrentLinkedQueue<Sample> playSamples = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Sample> openSamples = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Sample> commitSamples = new ConcurrentLinkedQueue<>();
    final Map<String, AtomicInteger> failures = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Learners arrive at random times within {@code arrival} seconds: play page, then the player page (opens the
     * session), then a commit every {@code interval} seconds from a random phase. Commits due in the window after
     * arrival + warm-up are the measured ones.
     */
    List<Learner> runtimePhase(Accounts accounts, long packageId) throws Exception {
        Random r = new Random(99);
        List<Learner> learners = new ArrayList<>();
        for (int i = 0; i < accounts.learners().size(); i++) {
            String[] a = accounts.learners().get(i);
            learners.add(new Learner(i, basic(a[0] + ":" + a[1]), 2048 + r.nextInt(2049)));
        }
        ScheduledExecutorService arrivals = Executors.newScheduledThreadPool(16);
        ScheduledExecutorService ticks = Executors.newScheduledThreadPool(2);
        List<ScheduledFuture<?>> schedules = java.util.Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime() + 1_000_000_000L;
        long interval = intervalSeconds * 1_000_000_000L;
        long measureFrom = t0 + (arrivalSeconds + warmupSeconds) * 1_000_000_000L;
        long measureTo = measureFrom + durationSeconds * 1_000_000_000L;
        for (Learner l : learners) {
            long arrive = t0 + (long) (r.nextDouble() * arrivalSeconds * 1e9);
            long firstCommit = arrive + (long) (r.nextDouble() * interval);
            arrivals.schedule(() -> {
                if (launch(l, packageId, arrive)) {
                    l.nextDue = firstCommit;
                    schedules.add(ticks.scheduleAtFixedRate(() -> commit(l), firstCommit - System.nanoTime(),
                            interval, TimeUnit.NANOSECONDS));
                }
            }, arrive - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        log("runtime: %d learners arrive within %d s, commit every %d s; measuring %d s after a %d s warm-up",
                learners.size(), arrivalSeconds, intervalSeconds, durationSeconds, warmupSeconds);
        Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
        Cpu cpu0 = Cpu.take(this);
        long xact0 = xactCommits();
        long c0 = commitSamples.size();
        while (System.nanoTime() < measureTo) {
            Thread.sleep(Math.min(30_000, Math.max(1, (measureTo - System.nanoTime()) / 1_000_000)));
            log("  %d commits so far, %d failures", commitSamples.size(), failures.values().stream()
                    .mapToInt(AtomicInteger::get).sum());
        }
        Cpu cpu = Cpu.take(this).minus(cpu0);
        long xact = xactCommits() - xact0;
        long appCommits = commitSamples.size() - c0;
        schedules.forEach(s -> s.cancel(false));
        arrivals.shutdown();
        ticks.shutdown();
        Thread.sleep(5_000); // answers still in flight
        reportRuntime(learners, measureFrom, measureTo, cpu, xact, appCommits);
        return learners;
    }

    static final Pattern IFRAME = Pattern.compile("id=\"player-frame\"[^>]*\\ssrc=\"([^\"]+)\"");
    static final Pattern LAUNCH = Pattern.compile("id=\"hocso-launch\">(.*?)</script>", Pattern.DOTALL);

    /** Play page (LMS, HTTP Basic) and player page (content origin): the launch and the opened session. */
    boolean launch(Learner l, long packageId, long due) {
        try {
            long s = System.nanoTime();
            HttpResponse<String> play = send(get(lms + "/learn/packages/" + packageId + "/play", l.auth));
            playSamples.add(new Sample(due, s, System.nanoTime(), play.statusCode()));
            Matcher m = IFRAME.matcher(play.body());
            if (play.statusCode() != 200 || !m.find()) {
                fail("play page " + play.statusCode());
                return false;
            }
            String playerUrl = m.group(1).replace("&amp;", "&");
            long s2 = System.nanoTime();
            HttpResponse<String> player = send(get(playerUrl, null));
            openSamples.add(new Sample(s2, s2, System.nanoTime(), player.statusCode()));
            Matcher c = LAUNCH.matcher(player.body());
            if (player.statusCode() != 200 || !c.find()) {
                fail("player page " + player.statusCode());
                return false;
            }
            String config = c.group(1);
            l.token = find(config, "\"commitUrl\":\"/p/([^/\"]+)/commit\"");
            l.commitUrl = content + "/p/" + l.token + "/commit";
            l.itemId = find(config, "\"itemId\":\"([^\"]+)\"");
            l.sequence = Long.parseLong(find(config, "\"sequence\":(-?\\d+)"));
            return true;
        } catch (Exception e) {
            fail("launch " + e.getClass().getSimpleName());
            return false;
        }
    }

    /** One commit of a learner, sent asynchronously; its latency is recorded when the answer arrives. */
    void commit(Learner l) {
        long due = l.nextDue;
        l.nextDue += intervalSeconds * 1_000_000_000L;
        l.commits++;
        l.sequence++;
        String body = commitBody(l, new Random(l.n * 7919L + l.commits));
        long start = System.nanoTime();
        HttpRequest req = HttpRequest.newBuilder(URI.create(l.commitUrl)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        http.sendAsync(req, HttpResponse.BodyHandlers.ofString()).whenComplete((res, err) -> {
            int status = err != null ? -1 : res.statusCode();
            commitSamples.add(new Sample(due, start, System.nanoTime(), status));
            if (status != 200 || !res.body().contains("\"result\":true")) {
                fail("commit " + (err != null ? err.getClass().getSimpleName() : status + " " + res.body()));
            }
        });
    }

    /**
     * The player's commit: SCORM 1.2 core data, 2–4 KB of suspend data that changes every time, and one more answered
     * interaction every 4th commit (up to 8).
     */
    String commitBody(Learner l, Random r) {
        int seconds = l.commits * intervalSeconds;
        StringBuilder suspend = new StringBuilder(l.suspendSize);
        suspend.append("v2|p").append(l.commits).append('|');
        while (suspend.length() < l.suspendSize) {
            suspend.append(Integer.toString(r.nextInt(Integer.MAX_VALUE), 36)).append(r.nextBoolean() ? ',' : ';');
        }
        suspend.setLength(l.suspendSize);
        StringBuilder interactions = new StringBuilder();
        for (int i = 0, n = Math.min(8, 1 + l.commits / 4); i < n; i++) {
            interactions.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "\"%d\":{\"id\":\"q%d\","
                    + "\"type\":\"choice\",\"student_response\":\"%c\",\"result\":\"%s\",\"latency\":\"00:00:%02d\","
                    + "\"time\":\"10:%02d:00\",\"correct_responses\":{\"0\":{\"pattern\":\"b\"}}}", i, i + 1,
                    (char) ('a' + (l.n + i) % 4), (l.n + i) % 4 == 1 ? "correct" : "wrong", 5 + i, i));
        }
        return String.format(Locale.ROOT, "{\"sequence\":%d,\"itemId\":\"%s\",\"terminate\":false,\"cmi\":{"
                + "\"core\":{\"lesson_location\":\"page-%d\",\"lesson_status\":\"incomplete\",\"session_time\":"
                + "\"%02d:%02d:%02d.00\",\"exit\":\"suspend\"},\"suspend_data\":\"%s\",\"interactions\":{%s}}}",
                l.sequence, l.itemId, 1 + l.commits % 40, seconds / 3600, seconds / 60 % 60, seconds % 60, suspend,
                interactions);
    }

    void reportRuntime(List<Learner> learners, long from, long to, Cpu cpu, long xact, long appCommits) {
        List<Sample> measured = commitSamples.stream().filter(s -> s.due() >= from && s.due() < to).toList();
        List<Sample> warm = commitSamples.stream().filter(s -> s.due() < from).toList();
        double seconds = (to - from) / 1e9;
        Stats c = Stats.of(measured);
        Stats open = Stats.of(List.copyOf(openSamples));
        Stats play = Stats.of(List.copyOf(playSamples));
        long launched = learners.stream().filter(l -> l.token != null).count();
        summary.add(new String[] {String.format(Locale.ROOT, "commit p99, %,d learners each every %d s (%.1f commits/s)",
                launched, intervalSeconds, c.count / seconds), ms(c.p99), "≤ 50 ms", ok(c.p99 <= 50 && c.errors == 0)});
        summary.add(new String[] {"… p50 / p95 / max; errors", String.format(Locale.ROOT, "%.1f / %.1f / %.1f ms; %d of %,d",
                c.p50, c.p95, c.max, c.errors, c.count), "", ""});
        summary.add(new String[] {"session start (player page `GET /p/{token}/0`) p50 / p95 / p99",
            String.format(Locale.ROOT, "%.1f / %.1f / %.1f ms", open.p50, open.p95, open.p99), "", ""});
        StringBuilder d = details;
        d.append(String.format(Locale.ROOT, "\nRuntime: %,d learners (%,d launched) arrive at random times within %d s; "
                + "each loads the play page (`GET /learn/packages/{id}/play`, HTTP Basic), then the player page on the "
                + "content origin (opens the SCO session), then commits (`POST /p/{token}/commit`) every %d s from a "
                + "random phase, open loop (a commit is sent when due, whatever the previous answers). Commits due in "
                + "the %d s after arrivals + %d s warm-up are measured. Latency from sending to the full answer.\n\n",
                learners.size(), launched, arrivalSeconds, intervalSeconds, durationSeconds, warmupSeconds));
        d.append("| requests | count | errors | req/s | p50 ms | p95 ms | p99 ms | max ms | send lag p99 ms |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        d.append(play.row("play page (LMS, during arrivals)", arrivalSeconds));
        d.append(open.row("player page = session start (during arrivals)", arrivalSeconds));
        d.append(Stats.of(warm).row("commits, warm-up (before the window)", -1));
        d.append(c.row("**commits, measured window**", seconds));
        d.append(String.format(Locale.ROOT, "\nDuring the measured window: CPU %s (of %d); %.2f PostgreSQL "
                + "transactions per commit (%,d transactions, %,d commits). Commit body: SCORM 1.2 `cmi.core` "
                + "(location, status incomplete, session time, exit suspend), 2–4 KB of suspend data that changes every "
                + "commit, interactions growing by one every 4th commit up to 8 (a new one gives an LRS \"answered\" "
                + "statement); about %.1f KB.\n", cpu.describe(seconds, clockTicks), Runtime.getRuntime()
                .availableProcessors(), appCommits == 0 ? 0.0 : xact / (double) appCommits, xact, appCommits,
                commitBody(learners.get(0), new Random(1)).length() / 1024.0));
        if (!failures.isEmpty()) {
            d.append("\nFailures: ");
            failures.forEach((k, v) -> d.append(String.format(Locale.ROOT, "%s × %d; ", k.replace("|", "/"), v.get())));
            d.append("\n");
        }
        if (c.p99 > 50 || c.errors > 0) {
            diagnosis.add(String.format(Locale.ROOT, "Runtime commits: p99 %.1f ms with %d errors; CPU during the "
                    + "window: %s; %.2f database transactions per commit.", c.p99, c.errors,
                    cpu.describe(seconds, clockTicks), appCommits == 0 ? 0.0 : xact / (double) appCommits));
        }
    }

    /** Latency statistics of samples, in ms. */
    record Stats(long count, long errors, double p50, double p95, double p99, double max, double lagP99) {
        static Stats of(List<Sample> samples) {
            long[] lat = samples.stream().mapToLong(s -> s.end() - s.start()).sorted().toArray();
            long[] lag = samples.stream().mapToLong(s -> Math.max(0, s.start() - s.due())).sorted().toArray();
            long errors = samples.stream().filter(s -> s.status() != 200).count();
            return new Stats(lat.length, errors, pct(lat, 50), pct(lat, 95), pct(lat, 99),
                    lat.length == 0 ? Double.NaN : lat[lat.length - 1] / 1e6, pct(lag, 99));
        }

        String row(String what, double seconds) {
            return String.format(Locale.ROOT, "| %s | %,d | %d | %s | %.1f | %.1f | %.1f | %.1f | %.1f |\n", what, count,
                    errors, seconds > 0 ? String.format(Locale.ROOT, "%.1f", count / seconds) : "", p50, p95, p99, max,
                    lagP99);
        }
    }

    // -------------------------------------------------------------------------------------------------- serving

    /** wrk against nginx and against the content origin, on the same stored files, same connections and duration. */
    void servingPhase(long packageId, String token, Generated pkg) throws Exception {
        if (nginxPort == 0) {
            details.append("\nFile serving: not measured (no nginx).\n");
            summary.add(new String[] {"file serving vs nginx", "not measured", "≥ 0.5×", ""});
            return;
        }
        String prefix = storagePrefix(packageId);
        String nginx = "http://127.0.0.1:" + nginxPort + "/" + prefix + "/";
        String hocso = content + "/c/" + token + "/";
        for (String[] s : SERVED) {
            byte[] want = pkg.serveFiles().get(s[0]);
            for (String base : List.of(nginx, hocso)) {
                HttpResponse<byte[]> res = http.send(HttpRequest.newBuilder(URI.create(base + s[0])).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (res.statusCode() != 200 || !Arrays.equals(res.body(), want)) {
                    throw new IllegalStateException(base + s[0] + " answered " + res.statusCode() + " with "
                            + res.body().length + " bytes, not the stored file");
                }
            }
        }
        wrk("nginx", nginx, 5, this::nginxCpu);
        wrk("HocSo", hocso, 5, this::serverCpu);
        List<Wrk.Result> nginxRuns = new ArrayList<>();
        List<Wrk.Result> hocsoRuns = new ArrayList<>();
        for (int round = 0; round < wrkRounds; round++) { // alternating, so that a busy neighbour hits both alike
            if (round % 2 == 0) {
                nginxRuns.add(wrk("nginx", nginx, wrkSeconds, this::nginxCpu));
                hocsoRuns.add(wrk("HocSo", hocso, wrkSeconds, this::serverCpu));
            } else {
                hocsoRuns.add(wrk("HocSo", hocso, wrkSeconds, this::serverCpu));
                nginxRuns.add(wrk("nginx", nginx, wrkSeconds, this::nginxCpu));
            }
        }
        Wrk.Result n = Wrk.total("nginx, all rounds", nginxRuns);
        Wrk.Result h = Wrk.total("HocSo, all rounds", hocsoRuns);
        double ratio = h.rps() / n.rps();
        summary.add(new String[] {String.format(Locale.ROOT, "file serving, %d connections: HocSo / nginx requests/s "
                + "(%,.0f / %,.0f)", wrkConnections, h.rps(), n.rps()), String.format(Locale.ROOT, "%.2f×", ratio),
            "≥ 0.5×", ok(ratio >= 0.5 && h.errors() == 0)});
        details.append(String.format(Locale.ROOT, "\nFile serving: %s `-t2 -c%d -d%ds --latency`, each request the "
                + "next of three stored files of the package in turn (`%s` 2,048 B, `%s` 40,960 B, `%s` 307,200 B; both "
                + "servers checked to return the stored bytes), after a 5 s warm-up of each, then %d alternating rounds; "
                + "HocSo `GET /c/{token}/{path}` on the content origin, nginx (%s) on the store's directory "
                + "`content/objects/` (`worker_processes 2; sendfile on; access_log off`, default keep-alive). wrk sends "
                + "no Accept-Encoding, so neither compresses. CPU in cores, of %d: the serving process(es) / wrk / everything else "
                + "on the machine (other processes, other tenants); latency percentiles of a total row are the worst "
                + "round's.\n\n| server | requests | errors | req/s | MB/s | p50 ms | p99 ms | max ms | CPU server / wrk / "
                + "other | server CPU ms per request (kernel share) |\n"
                + "|---|---|---|---|---|---|---|---|---|---|\n", Wrk.version(), wrkConnections, wrkSeconds,
                SERVED[0][0], SERVED[1][0], SERVED[2][0], wrkRounds, arg("nginx-version", "nginx"),
                Runtime.getRuntime().availableProcessors()));
        for (int i = 0; i < nginxRuns.size(); i++) {
            details.append(nginxRuns.get(i).row(" " + (i + 1))).append(hocsoRuns.get(i).row(" " + (i + 1)));
        }
        details.append(n.row("")).append(h.row(""));
        Wrk.Result[] controls = vertxControls(prefix);
        if (controls != null) {
            details.append(controls[0].row("")).append(controls[1].row(""));
            details.append(String.format(Locale.ROOT, "\nControls: `bench/content/VertxFiles.java`, a bare server on "
                    + "the app's own Vert.x jars (`lib/main`) doing nothing but `response.sendFile(path)` on the same files "
                    + "(four servers sharing one port, as Quarkus runs four event loops here), %d s each after a 5 s "
                    + "warm-up, with `HttpServerOptions.setCompressionSupported` true (as the content origin, "
                    + "`ContentServer`) and false.\n", controlSeconds));
        }
        if (ratio < 0.5) {
            diagnosis.add(String.format(Locale.ROOT, "File serving: HocSo used %.3f ms of CPU per request (%.0f %% of "
                    + "it in the kernel) against nginx's %.3f ms (%.2f vs %.2f cores busy serving).",
                    h.cpuMsPerRequest(), 100 * h.kernelShare(), n.cpuMsPerRequest(), h.serverCores(),
                    n.serverCores()));
            if (controls != null) {
                diagnosis.add(String.format(Locale.ROOT, "The bare Vert.x control serves %,.0f req/s with compression "
                        + "supported (%.2f× nginx; HocSo %.2f× of it) and %,.0f req/s without (%.2f× nginx). With "
                        + "compression supported, Vert.x 4 never sends a file as a zero-copy file region "
                        + "(`Http1xServerConnection.supportsFileRegion()` is false while `HttpChunkContentCompressor` "
                        + "is in the pipeline, whatever the response's Content-Encoding): every file is read into "
                        + "buffers in 8 KB chunks (`ChunkedNioFile`) and written through the compressor. A content "
                        + "origin without `setCompressionSupported(true)` (compressing text types some other way, e.g. "
                        + "precompressed copies made at import) would use sendfile.", controls[0].rps(),
                        controls[0].rps() / n.rps(), h.rps() / controls[0].rps(), controls[1].rps(),
                        controls[1].rps() / n.rps()));
            }
        }
    }

    /** The bare Vert.x control server with compression supported and without; null when not configured. */
    Wrk.Result[] vertxControls(String prefix) throws Exception {
        if (vertxClasspath == null) {
            return null;
        }
        Wrk.Result[] results = new Wrk.Result[2];
        int port = Integer.parseInt(arg("control-port", "18193"));
        Path source = Path.of(arg("control-source", "bench/content/VertxFiles.java"));
        for (int i = 0; i < 2; i++) {
            boolean compression = i == 0;
            Process p = new ProcessBuilder("java", "-Xmx512m", "-cp", vertxClasspath, source.toString(),
                    arg("store-dir", ""), Boolean.toString(compression), Integer.toString(port),
                    Integer.toString(controlSeconds + 60)).redirectErrorStream(true)
                    .redirectOutput(work.resolve("vertx-control.log").toFile()).start();
            try {
                String base = "http://127.0.0.1:" + port + "/" + prefix + "/";
                waitFor(base + SERVED[0][0], p);
                long[] pid = {p.pid()};
                wrk("Vert.x control", base, 5, () -> Cpu.ticks(pid[0]));
                results[i] = wrk(compression ? "control: bare Vert.x sendFile, compression supported"
                        : "control: bare Vert.x sendFile, no compression", base, controlSeconds, () -> Cpu.ticks(pid[0]));
            } finally {
                p.destroy();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        }
        return results;
    }

    void waitFor(String url, Process p) throws Exception {
        for (int i = 0; i < 300 && p.isAlive(); i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("control server did not come up: " + url);
    }

    /** Runs wrk against the three files under {@code base}; measures the serving process's CPU meanwhile. */
    Wrk.Result wrk(String name, String base, int seconds, java.util.function.Supplier<long[]> serverTicks)
            throws Exception {
        Path lua = work.resolve("rotate.lua");
        StringBuilder paths = new StringBuilder();
        String basePath = URI.create(base).getRawPath();
        for (String[] s : SERVED) {
            paths.append(paths.length() == 0 ? "" : ", ").append('"').append(basePath).append(s[0]).append('"');
        }
        Files.writeString(lua, "local paths = {" + paths + "}\nlocal i = 0\n"
                + "request = function()\n  i = i % #paths + 1\n  return wrk.format(\"GET\", paths[i])\nend\n"
                + "done = function(summary, latency, requests)\n"
                + "  io.write(string.format(\"RESULT %d %d %d %d %d %d %d %d\\n\", summary.requests, summary.duration,"
                + " summary.bytes, summary.errors.connect + summary.errors.read + summary.errors.write"
                + " + summary.errors.status + summary.errors.timeout, latency:percentile(50), latency:percentile(99),"
                + " latency.max, summary.errors.status))\nend\n");
        URI u = URI.create(base);
        Process p = new ProcessBuilder("wrk", "-t2", "-c" + wrkConnections, "-d" + seconds + "s", "--latency",
                "-s", lua.toString(), u.getScheme() + "://" + u.getAuthority() + "/").redirectErrorStream(true).start();
        long[] server0 = serverTicks.get();
        Cpu machine0 = Cpu.take(this);
        long wrk0 = Cpu.ticks(p.pid())[0];
        long wrkLast = wrk0;
        long t0 = System.nanoTime();
        while (p.isAlive()) {
            wrkLast = Math.max(wrkLast, Cpu.ticks(p.pid())[0]);
            p.waitFor(200, TimeUnit.MILLISECONDS);
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        long[] server1 = serverTicks.get();
        Cpu machine = Cpu.take(this).minus(machine0);
        double serverCores = (server1[0] - server0[0]) / (double) clockTicks / elapsed;
        double kernel = (server1[1] - server0[1]) / (double) Math.max(1, server1[0] - server0[0]);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("RESULT (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("wrk said: " + out);
        }
        long[] v = new long[8];
        for (int i = 0; i < 8; i++) {
            v[i] = Long.parseLong(m.group(i + 1));
        }
        double wrkCores = (wrkLast - wrk0) / (double) clockTicks / elapsed;
        double other = Math.max(0, machine.busy / (double) clockTicks / elapsed - serverCores - wrkCores
                - machine.self / (double) clockTicks / elapsed);
        Wrk.Result r = new Wrk.Result(name, v[0], v[1] / 1e6, v[2], v[3], v[4] / 1e3, v[5] / 1e3, v[6] / 1e3,
                serverCores, kernel, wrkCores, other);
        log("wrk %s %d s: %.0f req/s, p50 %.2f ms, p99 %.2f ms, %d errors", name, seconds, r.rps(), r.p50(), r.p99(),
                r.errors());
        return r;
    }

    static final class Wrk {
        record Result(String name, long requests, double seconds, long bytes, long errors, double p50, double p99,
                double max, double serverCores, double kernelShare, double wrkCores, double otherCores) {
            double rps() {
                return requests / seconds;
            }

            double cpuMsPerRequest() {
                return serverCores * seconds * 1000 / Math.max(1, requests);
            }

            String row(String suffix) {
                return String.format(Locale.ROOT, "| %s%s | %,d | %d | **%,.0f** | %.0f | %.2f | %.2f | %.1f | %.2f / "
                        + "%.2f / %.2f | %.3f (%.0f %%) |\n", name, suffix, requests, errors, rps(), bytes / seconds / 1e6,
                        p50, p99, max, serverCores, wrkCores, otherCores, cpuMsPerRequest(), 100 * kernelShare);
            }
        }

        /** The rounds added up (latency percentiles: the worst round's). */
        static Result total(String name, List<Result> runs) {
            double seconds = runs.stream().mapToDouble(Result::seconds).sum();
            double cores = runs.stream().mapToDouble(r -> r.serverCores() * r.seconds()).sum() / seconds;
            double kernel = runs.stream().mapToDouble(r -> r.kernelShare() * r.serverCores() * r.seconds()).sum()
                    / Math.max(1e-9, cores * seconds);
            return new Result(name, runs.stream().mapToLong(Result::requests).sum(), seconds,
                    runs.stream().mapToLong(Result::bytes).sum(), runs.stream().mapToLong(Result::errors).sum(),
                    runs.stream().mapToDouble(Result::p50).max().orElse(0),
                    runs.stream().mapToDouble(Result::p99).max().orElse(0),
                    runs.stream().mapToDouble(Result::max).max().orElse(0), cores, kernel,
                    runs.stream().mapToDouble(r -> r.wrkCores() * r.seconds()).sum() / seconds,
                    runs.stream().mapToDouble(r -> r.otherCores() * r.seconds()).sum() / seconds);
        }

        static String version() {
            try {
                Process p = new ProcessBuilder("wrk", "-v").redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                p.waitFor();
                Matcher m = Pattern.compile("wrk (\\S+)").matcher(out);
                return m.find() ? "wrk " + m.group(1) : "wrk";
            } catch (Exception e) {
                return "wrk";
            }
        }
    }

    long[] serverCpu() {
        return Cpu.ticks(serverPid);
    }

    /** CPU ticks {user + system, system} of the nginx master and its workers. */
    long[] nginxCpu() {
        long[] t = {0, 0};
        try {
            long master = Long.parseLong(Files.readString(nginxPid).trim());
            List<Long> pids = new ArrayList<>(List.of(master));
            ProcessHandle.of(master).ifPresent(m -> m.descendants().forEach(h -> pids.add(h.pid())));
            for (long p : pids) {
                long[] x = Cpu.ticks(p);
                t[0] += x[0];
                t[1] += x[1];
            }
        } catch (IOException | RuntimeException e) {
            // no figures
        }
        return t;
    }

    String storagePrefix(long packageId) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT storage_prefix FROM content_package_version WHERE package_id = "
                        + packageId + " ORDER BY version DESC LIMIT 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("no version of package " + packageId);
            }
            return rs.getString(1);
        }
    }

    long xactCommits() {
        try (Connection c = DriverManager.getConnection(jdbc); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT xact_commit FROM pg_stat_database WHERE datname = "
                        + "current_database()")) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            return 0;
        }
    }

    // --------------------------------------------------------------------------------------------------- report

    void writeReport(Generated pkg) throws IOException {
        StringBuilder sb = new StringBuilder("| measure | result | target | |\n|---|---|---|---|\n");
        for (String[] row : summary) {
            sb.append("| ").append(row[0]).append(" | ").append(row[1].isEmpty() || row[2].isEmpty() ? row[1]
                    : "**" + row[1] + "**").append(" | ").append(row[2]).append(" | ").append(row[3]).append(" |\n");
        }
        sb.append(details);
        if (!diagnosis.isEmpty()) {
            sb.append("\nTargets missed — what the measurements show:\n\n");
            diagnosis.forEach(x -> sb.append("- ").append(x).append("\n"));
        }
        Files.writeString(report, sb.toString());
        System.out.println();
        System.out.println(sb);
    }

    // -------------------------------------------------------------------------------------------------- helpers

    /**
     * CPU ticks: the whole machine (/proc/stat), the server JVM, PostgreSQL (postmaster and its live children, per
     * process) and this process.
     */
    static final class Cpu {
        long busy;
        long idle;
        long server;
        long pg;
        long self;
        Map<Long, Long> pgByPid = new HashMap<>();

        static Cpu take(ContentBench b) {
            Cpu c = new Cpu();
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long[] v = Arrays.stream(f).skip(1).mapToLong(Long::parseLong).toArray();
                c.idle = v[3] + v[4];
                c.busy = v[0] + v[1] + v[2] + v[5] + v[6] + (v.length > 7 ? v[7] : 0);
            } catch (IOException | RuntimeException e) {
                // not Linux
            }
            c.self = ticks(ProcessHandle.current().pid())[0];
            c.server = b.serverPid > 0 ? ticks(b.serverPid)[0] : 0;
            if (b.pgData != null) {
                try {
                    long pm = Long.parseLong(Files.readAllLines(b.pgData.resolve("postmaster.pid")).get(0).trim());
                    c.pgByPid.put(pm, ticks(pm)[0]);
                    for (ProcessHandle h : ProcessHandle.of(pm).map(p -> p.descendants().toList()).orElse(List.of())) {
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
                return new long[] {Long.parseLong(f[11]) + Long.parseLong(f[12]), Long.parseLong(f[12])};
            } catch (IOException | RuntimeException e) {
                return new long[] {0, 0};
            }
        }

        Cpu minus(Cpu o) {
            Cpu d = new Cpu();
            d.busy = busy - o.busy;
            d.idle = idle - o.idle;
            d.server = server - o.server;
            d.self = self - o.self;
            for (Map.Entry<Long, Long> e : pgByPid.entrySet()) {
                d.pg += Math.max(0, e.getValue() - o.pgByPid.getOrDefault(e.getKey(), 0L));
            }
            return d;
        }

        String describe(double seconds, int hz) {
            double k = hz * seconds;
            return String.format(Locale.ROOT, "HocSo JVM %.2f, PostgreSQL %.2f, load generator %.2f, other %.2f, idle "
                    + "%.2f cores", server / k, pg / k, self / k, Math.max(0, busy - server - pg - self) / k, idle / k);
        }
    }

    HttpRequest get(String url, String auth) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        return (auth == null ? b : b.header("Authorization", auth)).build();
    }

    HttpRequest post(String url, String auth, String type, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120)).header("Authorization", auth)
                .header("Content-Type", type).POST(body).build();
    }

    HttpResponse<String> send(HttpRequest req) throws IOException, InterruptedException {
        return http.send(req, HttpResponse.BodyHandlers.ofString());
    }

    static String expect(HttpResponse<String> res, int status) {
        if (res.statusCode() != status) {
            throw new IllegalStateException(res.request().method() + " " + res.request().uri() + " answered "
                    + res.statusCode() + ": " + res.body().substring(0, Math.min(500, res.body().length())));
        }
        return res.body();
    }

    void fail(String what) {
        String key = what.length() > 120 ? what.substring(0, 120) : what;
        failures.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in the player configuration");
        }
        return m.group(1);
    }

    static String basic(String userPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8));
    }

    static String arg(String name, String def) {
        return args.getOrDefault(name, def);
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    static String sec(double ms) {
        return String.format(Locale.ROOT, "%.2f s", ms / 1e3);
    }

    static String ms(double ms) {
        return String.format(Locale.ROOT, "%.1f ms", ms);
    }

    static String ok(boolean ok) {
        return ok ? "✓" : "✗";
    }

    static void log(String format, Object... a) {
        System.out.println("[" + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "] " + String.format(Locale.ROOT,
                format, a));
        System.out.flush();
    }
}
