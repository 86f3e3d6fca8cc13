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
 * Runs the manifest (DmnManifest) in Camunda 7 and writes what the engine said, case by case, to
 * the output file: {"deployed": {file: [keys]}, "results": {key: [result or {"error": …}]},
 * "warnings": [...]}. Usage: DmnMain manifest.json out.json
 */
public final class DmnMain {
  static final int SERVICE_CASES = 50;

  /** The message of an exception and of each of its causes. */
  static String causes(Throwable e) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) out.append(out.length() == 0 ? "" : " ← ").append(t.getMessage());
    return out.toString();
  }

  public static void main(String[] args) throws Exception {
    DmnManifest manifest = DmnManifest.read(new File(args[0]));
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> deployed = new LinkedHashMap<>();
    Map<String, Object> results = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>();
    try (DmnCamunda7 engine = new DmnCamunda7()) {
      DmnLog.drain();
      for (DmnManifest.Resource r : manifest.files()) {
        String xml = Files.readString(new File(r.path()).toPath(), StandardCharsets.UTF_8);
        try {
          deployed.put(r.name(), engine.deploy(r.name(), xml));
        } catch (RuntimeException e) {
          deployed.put(r.name(), Map.of("error", causes(e)));
        }
        DmnLog.drain().forEach(w -> warnings.add("deploy " + r.name() + ": " + w));
      }
      int evaluated = 0;
      for (DmnManifest.Decision d : manifest.decisions()) {
        List<Object> mine = new ArrayList<>();
        for (Map<String, Object> variables : d.cases()) {
          try {
            // The first cases through the DecisionService, the rest by the DMN engine itself.
            mine.add(engine.evaluate(d.key(), variables, mine.size() < SERVICE_CASES));
          } catch (RuntimeException e) {
            mine.add(Map.of("error", causes(e)));
          }
          evaluated++;
        }
        results.put(d.key(), mine);
        DmnLog.drain().forEach(w -> warnings.add("evaluate " + d.key() + ": " + w));
      }
      System.out.println("camunda7 dmn: " + evaluated + " cases evaluated in " + manifest.decisions().size() + " decisions");
    }
    out.put("deployed", deployed);
    out.put("results", results);
    out.put("warnings", warnings);
    new ObjectMapper().writeValue(new File(args[1]), out);
  }
}
