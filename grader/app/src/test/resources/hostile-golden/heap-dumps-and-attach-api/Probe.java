import java.io.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;

public class Probe {
  

  public static int add(int a, int b) {
    return a + b;
  }

  public static String attack() throws Throwable {
    for (String name : new String[] {
        "com.sun.management.HotSpotDiagnosticMXBean",
        "com.sun.tools.attach.VirtualMachine",
        "java.lang.instrument.Instrumentation",
        "com.sun.jdi.VirtualMachine"}) {
      try {
        Class.forName(name);
        return "found " + name;
      } catch (ClassNotFoundException e) {
        // absent
      }
    }
    return "ok";
  }
}
