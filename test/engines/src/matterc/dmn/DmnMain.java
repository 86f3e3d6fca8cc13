package matterc.dmn;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the manifest (DmnManifest) in each engine it names and writes what each said, case by case,
 * to the output file: {"engines": {engine: {"deployed": {file: [keys]}, "results": {key: [result or
 * {"error": …}]}, "warnings": [...]}}}. Usage: DmnMain manifest.json out.json
 */
public final class DmnMain {
  static final int SERVICE_CASES = 50;

  /** The message of an exception and of each of its causes. */
  static String causes(Throwable e) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) out.append(out.length() == 0 ? "" : " ← ").append(t.getMessage());
    return out.toString();
  }

  private static DmnEngineUnderTest open(String name) {
    return switch (name) {
      case "camunda7" -> new DmnCamunda7();
      case "flowable" -> new DmnFlowable();
      default -> throw new IllegalArgumentException("unknown engine " + name);
    };
  }

  public static void main(String[] args) throws Exception {
    DmnManifest manifest = DmnManifest.read(new File(args[0]));
    Map<String, Object> engines = new LinkedHashMap<>();
    for (Map.Entry<String, DmnManifest.Engine> e : manifest.engines().entrySet()) {
      engines.put(e.getKey(), run(e.getKey(), e.getValue().files(), e.getValue().decisions()));
    }
    new ObjectMapper().writeValue(new File(args[1]), Map.of("engines", engines));
  }

  private static Map<String, Object> run(String name, List<DmnManifest.Resource> files, List<DmnManifest.Decision> decisions) throws Exception {
    Map<String, Object> deployed = new LinkedHashMap<>();
    Map<String, Object> results = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>();
    long t0 = System.nanoTime();
    try (DmnEngineUnderTest engine = open(name)) {
      DmnLog.drain();
      for (DmnManifest.Resource r : files) {
        String xml = Files.readString(new File(r.path()).toPath(), StandardCharsets.UTF_8);
        try {
          deployed.put(r.name(), engine.deploy(r.name(), xml));
        } catch (RuntimeException e) {
          deployed.put(r.name(), Map.of("error", causes(e)));
        }
        DmnLog.drain().forEach(w -> warnings.add("deploy " + r.name() + ": " + w));
      }
      int evaluated = 0;
      for (DmnManifest.Decision d : decisions) {
        List<Object> mine = new ArrayList<>();
        for (Map<String, Object> variables : d.cases()) {
          try {
            // The first cases through the engine's service, the rest the fastest way it offers.
            mine.add(engine.evaluate(d.key(), variables, mine.size() < SERVICE_CASES));
          } catch (RuntimeException e) {
            mine.add(Map.of("error", causes(e)));
          }
          evaluated++;
        }
        results.put(d.key(), mine);
        DmnLog.drain().forEach(w -> warnings.add("evaluate " + d.key() + ": " + w));
      }
      System.out.printf("%s dmn: %d cases evaluated in %d decisions in %.1f s%n", name, evaluated, decisions.size(), (System.nanoTime() - t0) / 1e9);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("deployed", deployed);
    out.put("results", results);
    out.put("warnings", warnings);
    return out;
  }
}
