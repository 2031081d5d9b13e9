package io.github.sfnemulator.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A coverage page as a person sees it: rendered by headless Chromium (Debian's {@code chromium}
 * package), its screenshot has the window's size, is not blank, and shows both the covered green
 * and the uncovered red. Skipped where no Chromium is installed.
 */
class CoverageReportInBrowserTest {
  static final int WIDTH = 1200;
  static final int HEIGHT = 900;

  @TempDir Path dir;

  @Test
  void renders_a_coverage_page_with_covered_and_uncovered_elements() throws Exception {
    // GIVEN
    Optional<Path> chromium = chromium();
    assumeThat(chromium)
        .as("Chromium is not installed (apt-get install chromium): the page is not rendered")
        .isPresent();
    CoverageData data = new CoverageData();
    data.record("every", CoverageDataTest.DEFINITION, CoverageDataTest.declined());
    CoverageReport.write(data, dir.resolve("report"));
    Path png = dir.resolve("every.png");

    // WHEN
    Process process =
        new ProcessBuilder(
                chromium.get().toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                "--user-data-dir=" + dir.resolve("profile"),
                "--window-size=" + WIDTH + "," + HEIGHT,
                "--screenshot=" + png,
                dir.resolve("report/every.html").toUri().toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("chromium.log").toFile())
            .start();
    boolean ended = process.waitFor(120, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly();
    }

    // THEN
    assertThat(ended).as("Chromium ended within two minutes").isTrue();
    assertThat(png).as(Files.readString(dir.resolve("chromium.log"))).isRegularFile();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(WIDTH);
    assertThat(image.getHeight()).isEqualTo(HEIGHT);
    Colours colours = Colours.of(image);
    assertThat(colours.nonWhiteShare()).as("share of non-white pixels").isGreaterThan(0.02);
    assertThat(colours.green()).as("pixels in the covered green").isGreaterThan(200);
    assertThat(colours.red()).as("pixels in the uncovered red").isGreaterThan(200);
  }

  /** Chromium from $SFN_CHROMIUM or the PATH. */
  static Optional<Path> chromium() {
    String configured = System.getenv("SFN_CHROMIUM");
    if (configured != null && Files.isExecutable(Path.of(configured))) {
      return Optional.of(Path.of(configured));
    }
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(File.pathSeparator))
        .flatMap(
            d ->
                List.of("chromium", "chromium-browser", "google-chrome").stream()
                    .map(n -> Path.of(d, n)))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** Counts of the report's colours in a screenshot, with a tolerance for anti-aliasing. */
  record Colours(long pixels, long nonWhite, long green, long red) {
    static Colours of(BufferedImage image) throws IOException {
      long nonWhite = 0;
      long green = 0;
      long red = 0;
      for (int y = 0; y < image.getHeight(); y++) {
        for (int x = 0; x < image.getWidth(); x++) {
          int rgb = image.getRGB(x, y);
          int r = (rgb >> 16) & 0xff;
          int g = (rgb >> 8) & 0xff;
          int b = rgb & 0xff;
          if (r < 245 || g < 245 || b < 245) {
            nonWhite++;
          }
          if (near(r, g, b, 0x1a, 0x7f, 0x37)) {
            green++;
          }
          if (near(r, g, b, 0xcf, 0x22, 0x2e)) {
            red++;
          }
        }
      }
      return new Colours((long) image.getWidth() * image.getHeight(), nonWhite, green, red);
    }

    double nonWhiteShare() {
      return (double) nonWhite / pixels;
    }

    private static boolean near(int r, int g, int b, int er, int eg, int eb) {
      return Math.abs(r - er) < 40 && Math.abs(g - eg) < 40 && Math.abs(b - eb) < 40;
    }
  }
}
