package vn.hocso.content.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hocso.content.store.ContentStore;
import vn.hocso.content.store.FileSystemContentStore;

/** The content store: files under {@code HOCSO_DATA_DIR/content} (an S3-compatible store would be produced here). */
@ApplicationScoped
public class ContentStoreProducer {

    @ConfigProperty(name = "hocso.data-dir", defaultValue = "data")
    Path dataDir;

    @Produces
    @ApplicationScoped
    ContentStore contentStore() throws IOException {
        return new FileSystemContentStore(dataDir.toAbsolutePath().resolve("content"));
    }
}
