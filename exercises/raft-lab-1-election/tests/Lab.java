/** Which part of the Raft lab these tests grade. */
final class Lab {
  static final int PART = 1;
  static final String SLUG = "raft-lab-1-election";

  private Lab() {}
}
