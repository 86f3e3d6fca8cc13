package matterc.dmn;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * What test/engines/dmn.test.ts hands over: per engine the eligibility.dmn files in its dialect
 * (FEEL for Camunda 7, JUEL for Flowable) and per decision the cases to evaluate (nested
 * application data). The expected verdicts stay on the TypeScript side, where the compiler's own
 * evaluation gives them; this side only reports what each engine says.
 */
public record DmnManifest(Map<String, Engine> engines) {
  /** One engine's files, and the decisions it evaluates. */
  public record Engine(List<Resource> files, List<Decision> decisions) {}

  /** One eligibility.dmn, deployed under `name`. */
  public record Resource(String name, String path) {}

  /** One decision by its key (the decision's id) and the variables of each case. */
  public record Decision(String key, List<Map<String, Object>> cases) {}

  public static DmnManifest read(File file) throws IOException {
    return new ObjectMapper().readValue(file, DmnManifest.class);
  }
}
