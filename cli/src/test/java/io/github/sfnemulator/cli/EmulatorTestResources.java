package io.github.sfnemulator.cli;

import java.nio.file.Path;

/**
 * The emulator module's test resources (templates, definitions), read in place so that the commands
 * are tested on the same files as the library; the build passes their folder.
 */
final class EmulatorTestResources {
  private static final String PROPERTY = "sfn.emulator.test.resources";

  private EmulatorTestResources() {}

  static Path path(String relative) {
    String dir = System.getProperty(PROPERTY, "../emulator/src/test/resources");
    return Path.of(dir).resolve(relative);
  }
}
