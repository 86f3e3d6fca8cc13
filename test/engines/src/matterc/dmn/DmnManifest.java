package matterc.dmn;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * What test/engines/dmn.test.ts hands over: the eligibility.dmn files, and per decision the cases to
 * evaluate (nested application data). The expected verdicts stay on the TypeScript side, where the
 * compiler's own evaluation gives them; this side only reports what the engine says.
 */
public record DmnManifest(List<Resource> files, List<Decision> decisions) {
  /** One eligibility.dmn, deployed under `name`. */
  public record Resource(String name, String path) {}

  /** One decision by its key (the decision's id) and the variables of each case. */
  public record Decision(String key, List<Map<String, Object>> cases) {}

  public static DmnManifest read(File file) throws IOException {
    return new ObjectMapper().readValue(file, DmnManifest.class);
  }
}
