package vn.hocso.platform.i18n;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.List;
import java.util.Locale;

/** The languages of HocSo's interface: Vietnamese first (the default), English second. */
public final class Languages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, ENGLISH);

    private Languages() {
    }

    /** The supported locale for a language tag such as "en", "en-US" or "vi-VN"; {@code null} for anything else. */
    public static Locale supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.trim()).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(null);
    }

    /** The messages in the given (supported) locale; Vietnamese for anything else. */
    public static AppMessages messages(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? Bundles.EN : Bundles.VI;
    }

    /** Looked up on first use, once the application (and its message bundles) is running. */
    private static final class Bundles {
        static final AppMessages VI = MessageBundles.get(AppMessages.class, Localized.Literal.of("vi"));
        static final AppMessages EN = MessageBundles.get(AppMessages.class, Localized.Literal.of("en"));
    }
}
