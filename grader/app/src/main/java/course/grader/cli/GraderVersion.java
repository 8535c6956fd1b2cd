package course.grader.cli;

import picocli.CommandLine.IVersionProvider;

/** The grader's version, from the jar manifest; {@code dev} when run from the build folder. */
public final class GraderVersion implements IVersionProvider {
  /** The version string stored with every submission. */
  public static String current() {
    String v = GraderVersion.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"course " + current()};
  }
}
