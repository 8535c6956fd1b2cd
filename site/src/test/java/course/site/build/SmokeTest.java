package course.site.build;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void smoke() throws Exception {
    Path out = Path.of("target/smoke-site");
    var r = new SiteBuilder(TestCourses.resource("courses/sample")).build(out);
    System.out.println(r);
    var r2 = new SiteBuilder(TestCourses.realCourse()).build(Path.of("target/real-site"));
    System.out.println(r2);
  }
}
