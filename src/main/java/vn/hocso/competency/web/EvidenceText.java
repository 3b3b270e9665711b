package vn.hocso.competency.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.function.Function;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.i18n.Languages;

/**
 * Bridges this feature's texts ({@link EvidenceMessages}) to {@link vn.hocso.platform.web.DomainException}, whose
 * messages are resolved from the request language's {@link AppMessages} when the response is written.
 */
public final class EvidenceText {

    private EvidenceText() {
    }

    /** A message of this feature in whatever language the response is written. */
    public static Function<AppMessages, String> of(Function<EvidenceMessages, String> message) {
        return m -> message.apply(bundleFor(m));
    }

    /** The feature's bundle in the language of an application bundle. */
    static EvidenceMessages bundleFor(AppMessages m) {
        return m == Languages.messages(Languages.ENGLISH) ? Bundles.EN : Bundles.VI;
    }

    /** Looked up on first use, once the message bundles are running. */
    private static final class Bundles {
        static final EvidenceMessages VI = MessageBundles.get(EvidenceMessages.class, Localized.Literal.of("vi"));
        static final EvidenceMessages EN = MessageBundles.get(EvidenceMessages.class, Localized.Literal.of("en"));
    }
}
