package vn.hocso.competency.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.hocso.competency.config.FrameworkConfig;

/**
 * Imports HocSo's seeded frameworks at start-up through the CASE importer, each once: a file whose CFDocument
 * identifier is already stored is skipped, so restarts change nothing and administrators' later versions stay. The
 * order matters: the city profile's crosswalks point at items of the others.
 */
@ApplicationScoped
public class FrameworkSeeder {

    private static final Logger LOG = Logger.getLogger(FrameworkSeeder.class);

    /** Seed files under {@code competency/frameworks/} in import order. */
    public static final List<String> FILES = List.of("unesco-ict-cft-v3.json", "digcompedu.json",
            "vn-tt02-2025.json", "hcm-knls.json");

    @Inject
    FrameworkConfig config;

    @Inject
    FrameworkService frameworks;

    @Inject
    CaseJsonReader reader;

    void onStart(@Observes StartupEvent event) {
        if (config.seed()) {
            seed();
        }
    }

    /**
     * Imports the seed files that are not stored yet.
     *
     * @return how many were imported
     * @throws IllegalStateException when a seed file is missing (a packaging error)
     */
    public int seed() {
        int imported = 0;
        for (String file : FILES) {
            String json = read(file);
            UUID identifier = reader.read(json).document().identifier();
            if (frameworks.byIdentifier(identifier) == null) {
                var fw = frameworks.importCase(json, null);
                LOG.infof("Competency framework %s version %s imported from %s", fw.code, fw.version, file);
                imported++;
            }
        }
        return imported;
    }

    private static String read(String file) {
        try (InputStream in = FrameworkSeeder.class.getResourceAsStream("/competency/frameworks/" + file)) {
            if (in == null) {
                throw new IllegalStateException("seed file missing: competency/frameworks/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
