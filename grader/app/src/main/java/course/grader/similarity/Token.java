package course.grader.similarity;

/**
 * One normalised token of a submission: what kind of syntax it stands for, and where it came from.
 *
 * @param kind the node kind, e.g. {@code LOOP} or {@code ASSIGN}; never a name or a value
 * @param file the index of its file in the submission
 * @param line the 1-based line of the construct's start (its end for an {@code _END} token)
 */
public record Token(String kind, int file, int line) {}
