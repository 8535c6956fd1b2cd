import org.junit.jupiter.api.Test;

class PlaceholderTest {
    @Test
    void placeholder() {}
}
