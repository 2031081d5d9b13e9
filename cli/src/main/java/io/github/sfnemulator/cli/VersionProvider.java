package io.github.sfnemulator.cli;

import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {"sfn-emulator " + (v == null ? "(development build)" : v)};
  }
}
