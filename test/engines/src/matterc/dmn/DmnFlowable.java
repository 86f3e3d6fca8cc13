package matterc.dmn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowable.dmn.api.DecisionExecutionAuditContainer;
import org.flowable.dmn.engine.DmnEngine;
import org.flowable.dmn.engine.DmnEngineConfiguration;

/**
 * Flowable's DMN engine (flowable-dmn-engine, the version of pom.xml's flowable-engine), standalone
 * on in-memory H2, with the Flowable dialect of eligibility.dmn (targets/dmn/juel.ts): each file is
 * deployed through the DMN repository service and each case executed through the decision service
 * by the decision's key, with the audit trail, so that a failed evaluation (Flowable records it
 * there rather than throwing) is an error of the case.
 */
public final class DmnFlowable implements DmnEngineUnderTest {
  private final DmnEngine engine;

  public DmnFlowable() {
    DmnEngineConfiguration cfg = DmnEngineConfiguration.createStandaloneInMemDmnEngineConfiguration();
    cfg.setJdbcUrl("jdbc:h2:mem:flowabledmn;DB_CLOSE_DELAY=-1");
    cfg.setDatabaseSchemaUpdate(DmnEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    engine = cfg.buildDmnEngine();
  }

  @Override public List<String> deploy(String name, String xml) {
    String id = engine.getDmnRepositoryService().createDeployment().addString(name, xml).deploy().getId();
    return engine.getDmnRepositoryService().createDecisionQuery().deploymentId(id).list().stream().map(d -> d.getKey()).sorted().toList();
  }

  @Override public Map<String, Object> evaluate(String key, Map<String, Object> variables, boolean service) {
    DecisionExecutionAuditContainer audit = engine.getDmnDecisionService().createExecuteDecisionBuilder().decisionKey(key).variables(variables).executeWithAuditTrail();
    if (audit.isFailed()) throw new IllegalStateException("failed: " + audit.getExceptionMessage());
    List<Map<String, Object>> result = audit.getDecisionResult();
    if (result.size() != 1) throw new IllegalStateException(result.size() + " results");
    // The eligible row sets no 未满足条件 (Flowable makes no string result of null): read it as null.
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("符合", result.get(0).get("符合"));
    out.put("未满足条件", result.get(0).get("未满足条件"));
    if (!result.get(0).keySet().stream().allMatch(out::containsKey)) throw new IllegalStateException("outputs " + result.get(0).keySet());
    return out;
  }

  @Override public void close() { engine.close(); }
}
