public class Placeholder {}
