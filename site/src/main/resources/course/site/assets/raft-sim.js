/* The Raft simulator: filled in by the next commit. */
