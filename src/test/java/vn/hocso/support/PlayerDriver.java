package vn.hocso.support;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Drives the lesson player in a browser: log in, open a package's play page, step into the player and the SCO. */
public final class PlayerDriver {

    private PlayerDriver() {
    }

    /** Logs in through the login form and waits for the home page. */
    public static void login(ChromeDriver driver, WebDriverWait wait, URL base, String user) {
        driver.get(base + "login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(Api.DEMO_PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("home-heading")));
    }

    /** Opens the play page of a package and switches into the player frame (content origin). */
    public static void play(ChromeDriver driver, WebDriverWait wait, URL base, long packageId) {
        driver.switchTo().defaultContent();
        driver.get(base + "learn/packages/" + packageId + "/play");
        intoPlayer(wait);
    }

    /** From the LMS page, into the player frame. */
    public static void intoPlayer(WebDriverWait wait) {
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("player-frame")));
    }

    /** From the player frame, into the SCO frame. */
    public static void intoSco(WebDriverWait wait) {
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("hocso-sco")));
    }
}
