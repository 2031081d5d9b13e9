package io.github.sfnemulator.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a file named on the command line as UTF-8 text; a file that is missing, a folder,
 * unreadable or not UTF-8 is a {@link CliException} whose one-line message names the file and what
 * to do.
 */
final class FileArgument {
  private FileArgument() {}

  /** The text of {@code file}; {@code role} says what it is for ("definition", "input"). */
  static String read(Path file, String role) {
    if (Files.isDirectory(file)) {
      throw new CliException(
          "the " + role + " file '" + file + "' is a folder. Give the path of a file.");
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CliException(
          "the " + role + " file '" + file + "' does not exist. Check the path.");
    } catch (AccessDeniedException e) {
      throw new CliException(
          "the " + role + " file '" + file + "' cannot be read: permission denied.");
    } catch (CharacterCodingException e) {
      throw new CliException(
          "the " + role + " file '" + file + "' is not UTF-8 text. Save it as UTF-8.");
    } catch (IOException e) {
      throw new CliException(
          "the " + role + " file '" + file + "' cannot be read: " + e.getMessage());
    }
  }
}
