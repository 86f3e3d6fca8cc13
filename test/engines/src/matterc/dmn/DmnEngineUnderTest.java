package matterc.dmn;

import java.util.List;
import java.util.Map;

/** What the DMN check asks of an engine: deploy one eligibility.dmn, evaluate a decision by key. */
public interface DmnEngineUnderTest extends AutoCloseable {
  /** Deploys the file (throws with the parser's message); returns the decision keys it holds. */
  List<String> deploy(String name, String xml);

  /** The one result of the decision for these variables, its entries by output name; `service`:
   * through the engine's service as a process would call it, else the fastest way it offers. */
  Map<String, Object> evaluate(String key, Map<String, Object> variables, boolean service);

  @Override void close();
}
