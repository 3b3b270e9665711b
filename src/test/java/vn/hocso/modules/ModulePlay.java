package vn.hocso.modules;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Shared steps of the module browser tests: the built module zips, the LRS read back by registration, and answering the
 * modules' item types (radio/checkbox choices, true-false, matching and sequencing selects, fill-in text) the way a
 * learner does, through the form controls.
 */
final class ModulePlay {

    static final ObjectMapper JSON = new ObjectMapper();

    private ModulePlay() {
    }

    /** A module zip as the build wrote it (./mvnw generate-resources runs content-packages/build.mjs). */
    static byte[] builtZip(String name) {
        Path zip = Path.of("target", "classes", "content-packages", name);
        try {
            return Files.readAllBytes(zip);
        } catch (IOException e) {
            throw new UncheckedIOException("build the modules first (./mvnw generate-resources): " + zip, e);
        }
    }

    /** Every statement of a registration, oldest first (following "more" links). */
    static List<JsonNode> statements(String registration) {
        List<JsonNode> out = new ArrayList<>();
        String more = null;
        do {
            var request = given().auth().preemptive().basic("lrs-test", "lrs-test-secret")
                    .header("X-Experience-API-Version", "1.0.3");
            String body = more == null
                    ? request.queryParam("registration", registration).queryParam("ascending", "true")
                            .get("/xapi/statements").asString()
                    : request.get(more).asString();
            try {
                JsonNode page = JSON.readTree(body);
                page.get("statements").forEach(out::add);
                more = page.path("more").asText("");
                more = more.isEmpty() ? null : more;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } while (more != null);
        return out;
    }

    static String verb(JsonNode statement) {
        return statement.at("/verb/id").asText().replaceAll(".*/", "");
    }

    static List<String> verbs(String registration) {
        return statements(registration).stream().map(ModulePlay::verb).toList();
    }

    static List<JsonNode> withVerb(List<JsonNode> statements, String verb) {
        return statements.stream().filter(s -> verb.equals(verb(s))).toList();
    }

    /** A query parameter of the player frame's URL (the launch URL HocSo built). */
    static String frameParam(ChromeDriver driver, String name) {
        String src = driver.findElement(By.id("player-frame")).getAttribute("src");
        for (String pair : URI.create(src).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + src);
    }

    static void click(ChromeDriver driver, WebElement e) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
        e.click();
    }

    /**
     * Answers an item through its controls. The answer is: a choice id ("b"), several ("a,b,d"), "true"/"false", a
     * fill-in text prefixed with "text:", a matching map {@code source=target;...} prefixed with "match:", or an order
     * of choice ids prefixed with "order:".
     */
    static void answer(ChromeDriver driver, String item, String answer) {
        if (answer.startsWith("text:")) {
            WebElement input = driver.findElement(By.id(item + "-input"));
            input.clear();
            input.sendKeys(answer.substring(5));
        } else if (answer.startsWith("match:")) {
            for (String pair : answer.substring(6).split(";")) {
                String[] p = pair.split("=");
                new Select(driver.findElement(By.id(item + "-" + p[0]))).selectByValue(p[1]);
            }
        } else if (answer.startsWith("order:")) {
            String[] ids = answer.substring(6).split(",");
            for (int i = 0; i < ids.length; i++) {
                new Select(driver.findElement(By.id(item + "-" + ids[i]))).selectByValue(String.valueOf(i + 1));
            }
        } else {
            for (String choice : answer.split(",")) {
                click(driver, driver.findElement(By.id(item + "-" + choice)));
            }
        }
    }

    /** Answers several items (in order). */
    static void answerAll(ChromeDriver driver, Map<String, String> answers) {
        answers.forEach((item, a) -> answer(driver, item, a));
    }
}
