package course.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The weight of a graded test. On a test method it is that test's points; on a test class it is the
 * default for the methods inside (nested classes included) that carry none. A parameterized or
 * repeated test is one graded unit: it earns its points only when every invocation passes. Tests
 * without the annotation are worth one point.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Points {
  /** Points earned when the test passes; zero or more. */
  double value();
}
