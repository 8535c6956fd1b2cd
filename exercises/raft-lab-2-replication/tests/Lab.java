/** Which part of the Raft lab these tests grade. */
final class Lab {
  static final int PART = 2;
  static final String SLUG = "raft-lab-2-replication";

  private Lab() {}
}
