/** Which part of the Raft lab these tests grade. */
final class Lab {
  static final int PART = 3;
  static final String SLUG = "raft-lab-3-persistence";

  private Lab() {}
}
