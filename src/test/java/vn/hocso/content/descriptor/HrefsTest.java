package vn.hocso.content.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HrefsTest {

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "a.html|?x=1|a.html?x=1",
        "a.html|x=1|a.html?x=1",
        "a.html|&x=1|a.html?x=1",
        "a.html?y=2|?x=1|a.html?y=2&x=1",
        "a.html?y=2|x=1&z=3|a.html?y=2&x=1&z=3",
        "a.html|#part|a.html#part",
        "a.html#own|#part|a.html#own",
        "a.html#own|x=1|a.html?x=1#own",
        "a.html|'  '|a.html"})
    void parametersAreAppendedAsImsCpPrescribes(String href, String parameters, String expected) {
        assertEquals(expected, Hrefs.appendParameters(href, parameters));
    }

    @ParameterizedTest(name = "{1} resolved against {0} = {2}")
    @CsvSource(delimiter = '|', value = {
        "resources/|a.html|resources/a.html",
        "pkg/content/|a.html|pkg/content/a.html",
        "pkg/index.html|a.html|pkg/a.html",
        "pkg/|/abs.html|/abs.html",
        "pkg/|http://x/y|http://x/y"})
    void xmlBaseResolvesLikeARelativeUri(String base, String ref, String expected) {
        assertEquals(expected, Hrefs.resolve(base, ref));
    }
}
