package vn.hocso.lrs.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Settings of the learning record store (prefix {@code hocso.lrs}). */
@ConfigMapping(prefix = "hocso.lrs")
public interface LrsConfig {

    /** Key of an LRS credential with scope "all" ensured at start-up ({@code HOCSO_LRS_KEY}); none when empty. */
    Optional<String> bootstrapKey();

    /** Its secret ({@code HOCSO_LRS_SECRET}); at least 8 characters. */
    Optional<String> bootstrapSecret();

    /** Most statements one GET returns (also what {@code limit=0} means). */
    @WithDefault("500")
    int maxPageSize();

    /**
     * homePage of the account that identifies an LMS user as an xAPI agent ({@code {"account": {"homePage": …,
     * "name": username}}}).
     */
    @WithDefault("https://hocso.edu.vn")
    String accountHomePage();

    /** How long a credential read from the database is trusted before it is read again (revocation delay). */
    @WithDefault("10s")
    java.time.Duration credentialCacheTtl();
}
