package matterc.dmn;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;

/**
 * Camunda 7 (community edition) with its DMN engine and the Scala FEEL engine, embedded on
 * in-memory H2, as a process's business-rule task would call a decision: each eligibility.dmn is
 * read by the DMN model API (which validates it against the DMN 1.3 schema) and deployed; cases are
 * evaluated through the DecisionService by the decision's key, or by the engine's DMN engine.
 */
public final class DmnCamunda7 implements DmnEngineUnderTest {
  private final ProcessEngine engine;
  private final DmnEngine dmn;
  private final Map<String, DmnDecision> parsed = new java.util.HashMap<>();

  public DmnCamunda7() {
    StandaloneInMemProcessEngineConfiguration cfg = new StandaloneInMemProcessEngineConfiguration();
    cfg.setJdbcUrl("jdbc:h2:mem:camunda7dmn;DB_CLOSE_DELAY=-1");
    cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    cfg.setJobExecutorActivate(false);
    cfg.setDmnEnabled(true);
    cfg.setCmmnEnabled(false);
    cfg.setMetricsEnabled(false);
    cfg.setHistory(ProcessEngineConfiguration.HISTORY_NONE);
    engine = cfg.buildProcessEngine();
    // The same DMN engine standalone, with its defaults (the Scala FEEL engine for every expression).
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  }

  /** Validates against the DMN 1.3 schema (throws with the parser's message) and deploys; returns the decision keys. */
  @Override public List<String> deploy(String name, String xml) {
    Dmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    for (DmnDecision d : dmn.parseDecisions(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))) parsed.put(d.getKey(), d);
    String id = engine.getRepositoryService().createDeployment().addString(name, xml).deploy().getId();
    return engine.getRepositoryService().createDecisionDefinitionQuery().deploymentId(id).list().stream().map(d -> d.getKey()).sorted().toList();
  }

  /**
   * The one result of the decision for these variables, its entries by output name: through the
   * DecisionService (as a business-rule task calls it) or, faster, straight from the engine's DMN
   * engine standalone (camunda-engine-dmn with its default configuration), on the same file.
   */
  @Override public Map<String, Object> evaluate(String key, Map<String, Object> variables, boolean service) {
    DmnDecisionResult result = service ? engine.getDecisionService().evaluateDecisionByKey(key).variables(variables).evaluate() : dmn.evaluateDecision(parsed.get(key), variables);
    if (result.size() != 1) throw new IllegalStateException(result.size() + " results");
    return new LinkedHashMap<>(result.getSingleResult().getEntryMap());
  }

  @Override public void close() { engine.close(); }
}
