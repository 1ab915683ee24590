package org.dyad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
    return start(Files.createTempDirectory("dyad-downloads"));
  }

  /** A new headless browser with its own empty profile that saves downloads into a directory, without asking. */
  static ChromeDriver start(Path downloads) throws IOException, InterruptedException {
    ensureInstalled();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1280,900", "--user-data-dir=" + Files.createTempDirectory("dyad-chromium"));
    options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
        "download.prompt_for_download", false, "download.directory_upgrade", true, "safebrowsing.enabled", false));
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
    // Package lists may be missing on a fresh machine: install, and if that fails, update and retry.
    if (root && (apt("install", "-y", "-q", "chromium", "chromium-driver")
        || apt("update", "-q") && apt("install", "-y", "-q", "chromium", "chromium-driver"))) {
      return;
    }
    throw new IllegalStateException("the dashboard tests need Debian's Chromium: run 'apt-get install chromium chromium-driver'"
        + " (expected " + BROWSER + " and " + DRIVER + ")");
  }

  private static boolean apt(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("apt-get"));
    command.addAll(List.of(args));
    Process apt = new ProcessBuilder(command).inheritIO().start();
    return apt.waitFor(10, TimeUnit.MINUTES) && apt.exitValue() == 0
        && (!args[0].equals("install") || Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER));
  }
}
