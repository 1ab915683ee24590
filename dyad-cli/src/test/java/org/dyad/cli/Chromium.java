package org.dyad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for browser tests, from Debian's packages ({@code chromium},
 * {@code chromium-driver}): found at their fixed paths, or installed with apt-get when the tests
 * run as root. Nothing is downloaded by Selenium: the driver's path is given explicitly.
 */
final class Chromium {
  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {}

  /** A new headless browser with its own empty profile. */
  static ChromeDriver start() throws IOException, InterruptedException {
    ensureInstalled();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1280,900", "--user-data-dir=" + Files.createTempDirectory("dyad-chromium"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    return driver;
  }

  private static void ensureInstalled() throws IOException, InterruptedException {
    if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
      return;
    }
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root) {
      Process apt = new ProcessBuilder("apt-get", "install", "-y", "-q", "chromium", "chromium-driver").inheritIO().start();
      if (apt.waitFor(10, TimeUnit.MINUTES) && apt.exitValue() == 0 && Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
        return;
      }
    }
    throw new IllegalStateException("the dashboard tests need Debian's Chromium: run 'apt-get install chromium chromium-driver'"
        + " (expected " + BROWSER + " and " + DRIVER + ")");
  }
}
