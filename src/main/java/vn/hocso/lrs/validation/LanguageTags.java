package vn.hocso.lrs.validation;

import static vn.hocso.lrs.validation.XapiFormats.alnum;
import static vn.hocso.lrs.validation.XapiFormats.alpha;
import static vn.hocso.lrs.validation.XapiFormats.digitsRange;
import static vn.hocso.lrs.validation.XapiFormats.isAlpha;
import static vn.hocso.lrs.validation.XapiFormats.isDigit;

import java.util.Locale;
import java.util.Set;

/** RFC 5646 language tags: the keys of language maps and {@code context.language}. */
public final class LanguageTags {

    private LanguageTags() {
    }

    // ---------------------------------------------------------------------------------------------------- language tags

    /** Irregular grandfathered tags of RFC 5646 (the regular ones are well-formed langtags anyway). */
    private static final Set<String> IRREGULAR = Set.of("en-gb-oed", "i-ami", "i-bnn", "i-default", "i-enochian",
            "i-hak", "i-klingon", "i-lux", "i-mingo", "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-be-fr",
            "sgn-be-nl", "sgn-ch-de");

    /**
     * True for a well-formed RFC 5646 language tag: {@code language[-extlang][-script][-region]*(-variant)
     * *(-extension)[-privateuse]}, a private-use tag ({@code x-…}) or an irregular grandfathered tag. Case-insensitive.
     * Examples: {@code en-US}, {@code vi}, {@code zh-Hans-CN}, {@code sr-Latn-RS}, {@code cmn}; not {@code a12345678},
     * {@code en-}, {@code something}.
     */
    public static boolean isWellFormed(String s) {
        int n = s.length();
        if (n == 0) {
            return false;
        }
        char c0 = s.charAt(0);
        if (((c0 == 'i' || c0 == 'I') && n >= 5 && s.charAt(1) == '-')
                || (n == 9 && (c0 == 'e' || c0 == 'E' || c0 == 's' || c0 == 'S'))) {
            if (IRREGULAR.contains(s.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        // subtags are walked by index, without allocating
        int pos = 0;
        int end = subtagEnd(s, pos);
        int len = end - pos;
        if (len == 1 && (c0 == 'x' || c0 == 'X')) {
            return privateUse(s, end);
        }
        if (len < 2 || len > 8 || !alpha(s, pos, end)) {
            return false;
        }
        boolean shortLanguage = len <= 3;
        pos = end;
        // extlang: up to three 3-letter subtags after a 2-3 letter language
        if (shortLanguage) {
            for (int k = 0; k < 3 && pos < n; k++) {
                int e = subtagEnd(s, pos + 1);
                if (e - pos - 1 == 3 && alpha(s, pos + 1, e)) {
                    pos = e;
                } else {
                    break;
                }
            }
        }
        // script
        if (pos < n) {
            int e = subtagEnd(s, pos + 1);
            if (e - pos - 1 == 4 && alpha(s, pos + 1, e)) {
                pos = e;
            }
        }
        // region
        if (pos < n) {
            int e = subtagEnd(s, pos + 1);
            int l = e - pos - 1;
            if ((l == 2 && alpha(s, pos + 1, e)) || (l == 3 && digitsRange(s, pos + 1, e))) {
                pos = e;
            }
        }
        // variants
        while (pos < n) {
            int e = subtagEnd(s, pos + 1);
            int l = e - pos - 1;
            if (((l >= 5 && l <= 8) || (l == 4 && isDigit(s.charAt(pos + 1)))) && alnum(s, pos + 1, e)) {
                pos = e;
            } else {
                break;
            }
        }
        // extensions
        while (pos < n) {
            int e = subtagEnd(s, pos + 1);
            if (e - pos - 1 != 1) {
                break;
            }
            char singleton = s.charAt(pos + 1);
            if (singleton == 'x' || singleton == 'X' || !(isAlpha(singleton) || isDigit(singleton))) {
                break;
            }
            pos = e;
            int count = 0;
            while (pos < n) {
                int e2 = subtagEnd(s, pos + 1);
                int l = e2 - pos - 1;
                if (l >= 2 && l <= 8 && alnum(s, pos + 1, e2)) {
                    pos = e2;
                    count++;
                } else {
                    break;
                }
            }
            if (count == 0) {
                return false;
            }
        }
        // private use
        if (pos < n) {
            int e = subtagEnd(s, pos + 1);
            if (e - pos - 1 == 1 && (s.charAt(pos + 1) == 'x' || s.charAt(pos + 1) == 'X')) {
                return privateUse(s, e);
            }
            return false;
        }
        return true;
    }

    /** {@code pos} is at the '-' after the "x" singleton (or the end): 1*("-" 1*8alphanum) must follow. */
    private static boolean privateUse(String s, int pos) {
        int n = s.length();
        if (pos >= n) {
            return false;
        }
        while (pos < n) {
            int e = subtagEnd(s, pos + 1);
            int l = e - pos - 1;
            if (l < 1 || l > 8 || !alnum(s, pos + 1, e)) {
                return false;
            }
            pos = e;
        }
        return true;
    }

    /** Index of the '-' ending the subtag starting at {@code from}, or the string's length. */
    private static int subtagEnd(String s, int from) {
        int n = s.length();
        int i = from;
        while (i < n && s.charAt(i) != '-') {
            i++;
        }
        return i;
    }

}
