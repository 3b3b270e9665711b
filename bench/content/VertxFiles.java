import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;
import java.util.concurrent.TimeUnit;

/**
 * Control server of the file-serving comparison (started by ContentBench with the app's own Vert.x jars): serves
 * {@code root/<path>} with {@code sendFile} and nothing else, on 127.0.0.1, four servers sharing the port as Quarkus
 * runs four event loops on two cores; with HTTP compression supported or not. Stops by itself after the given time.
 *
 * <p>{@code java -cp 'quarkus-app/lib/main/*' bench/content/VertxFiles.java ROOT true|false PORT SECONDS}
 */
public class VertxFiles {

    public static void main(String[] args) throws Exception {
        String root = args[0];
        boolean compression = Boolean.parseBoolean(args[1]);
        int port = Integer.parseInt(args[2]);
        Vertx vertx = Vertx.vertx();
        for (int i = 0; i < 4; i++) {
            vertx.createHttpServer(new HttpServerOptions().setCompressionSupported(compression))
                    .requestHandler(req -> {
                        if (req.path().contains("..")) {
                            req.response().setStatusCode(404).end();
                            return;
                        }
                        req.response().sendFile(root + req.path()).onFailure(e -> req.connection().close());
                    })
                    .listen(port, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        System.out.println("ready");
        Thread.sleep(Long.parseLong(args[3]) * 1000);
        System.exit(0);
    }
}
