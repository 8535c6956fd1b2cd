import java.io.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;

public class Probe {
  

  public static int add(int a, int b) {
    return java.util.concurrent.CompletableFuture.supplyAsync(() -> a).thenApply(x -> x + b).join();
  }

  public static String attack() throws Throwable {
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4); java.util.logging.Logger.getLogger("p").info("hi"); try { return pool.submit(() -> "ok").get(); } finally { pool.shutdown(); }
  }
}
