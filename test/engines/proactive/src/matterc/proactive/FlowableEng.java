package matterc.proactive;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.common.engine.impl.util.io.BytesStreamSource;
import org.flowable.dmn.engine.configurator.DmnEngineConfigurator;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.flowable.engine.repository.DeploymentBuilder;
import org.flowable.job.api.AcquiredExternalWorkerJob;
import org.flowable.validation.ProcessValidatorFactory;
import org.flowable.validation.ValidationError;

/**
 * Flowable with its DMN engine (the DMN engine configurator), embedded, on in-memory H2; the async
 * executor is off, so timers and the jobs an external worker's completion leaves run only here.
 */
public final class FlowableEng implements Eng {
  private static final String WORKER = "matterc-platform";
  private final ProcessEngine engine;

  public FlowableEng(Date now) {
    StandaloneInMemProcessEngineConfiguration cfg = new StandaloneInMemProcessEngineConfiguration();
    cfg.setJdbcUrl("jdbc:h2:mem:proactive-flowable;DB_CLOSE_DELAY=-1");
    cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    cfg.setAsyncExecutorActivate(false);
    cfg.setCreateDiagramOnDeploy(false);
    cfg.setHistoryLevel(HistoryLevel.ACTIVITY);
    cfg.addConfigurator(new DmnEngineConfigurator());
    engine = cfg.buildProcessEngine();
    cfg.getClock().setCurrentTime(now);
  }

  @Override public String name() { return "Flowable"; }

  /** The process validator's warnings (the deployer only logs them), and the deployment itself. */
  @Override public List<String> deploy(Map<String, String> resources) {
    List<String> warnings = new ArrayList<>();
    DeploymentBuilder d = engine.getRepositoryService().createDeployment();
    resources.forEach((name, text) -> {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      if (name.endsWith(".bpmn")) {
        BpmnModel model = new BpmnXMLConverter().convertToBpmnModel(new BytesStreamSource(bytes), true, false, "UTF-8");
        for (ValidationError e : new ProcessValidatorFactory().createDefaultProcessValidator().validate(model)) {
          warnings.add((e.isWarning() ? "warning " : "error ") + e.getActivityId() + ": " + e.getProblem() + " " + e.getDefaultDescription());
        }
      }
      d.addBytes(name, bytes);
    });
    d.deploy();
    return warnings;
  }

  @Override public String startByMessage(String message, Map<String, Object> variables) {
    return engine.getRuntimeService().startProcessInstanceByMessage(message, variables).getId();
  }

  @Override public String startByKey(String key, Map<String, Object> variables) {
    return engine.getRuntimeService().startProcessInstanceByKey(key, variables).getId();
  }

  @Override public List<Job> startTimers(String key) {
    String def = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId();
    return engine.getManagementService().createTimerJobQuery().processDefinitionId(def).list().stream()
        .filter(j -> j.getProcessInstanceId() == null)
        .map(j -> new Job(j.getId(), j.getElementId(), j.getDuedate())).toList();
  }

  @Override public List<String> fireStartTimer(String jobId, String key) {
    java.util.Set<String> before = new java.util.HashSet<>(started(key));
    fire(jobId);
    List<String> after = new ArrayList<>(started(key));
    after.removeAll(before);
    return after;
  }

  private List<String> started(String key) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(key).list().stream().map(h -> h.getId()).toList();
  }

  @Override public List<Task> tasks(String instanceId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instanceId).orderByTaskDefinitionKey().asc().list().stream()
        .map(t -> new Task(t.getId(), t.getTaskDefinitionKey())).toList();
  }

  /** Flowable's forms store a decision as flat variables `<task id>_<key>` (targets/flowable). */
  @Override public Map<String, Object> decision(String taskElementId, Map<String, Object> decision) {
    Map<String, Object> out = new HashMap<>();
    decision.forEach((k, v) -> out.put(taskElementId + "_" + k, v));
    return out;
  }

  @Override public void complete(String taskId, Map<String, Object> variables) { engine.getTaskService().complete(taskId, variables); }

  @Override public List<Job> timers(String instanceId) {
    return engine.getManagementService().createTimerJobQuery().processInstanceId(instanceId).list().stream()
        .map(j -> new Job(j.getId(), j.getElementId(), j.getDuedate())).toList();
  }

  @Override public void fire(String jobId) {
    var job = engine.getManagementService().moveTimerToExecutableJob(jobId);
    engine.getManagementService().executeJob(job.getId());
  }

  @Override public List<String> work(String instanceId, String topic) {
    var management = engine.getManagementService();
    List<String> done = new ArrayList<>();
    for (AcquiredExternalWorkerJob j : management.createExternalWorkerJobAcquireBuilder().topic(topic, Duration.ofMinutes(5)).acquireAndLock(100, WORKER)) {
      if (!instanceId.equals(j.getProcessInstanceId())) {
        management.unacquireExternalWorkerJob(j.getId(), WORKER);
        continue;
      }
      management.createExternalWorkerCompletionBuilder(j.getId(), WORKER).complete();
      done.add(j.getElementId());
    }
    // The completion continues the process in a job of its own: run it, as the async executor would.
    for (var j : management.createJobQuery().processInstanceId(instanceId).list()) management.executeJob(j.getId());
    return done;
  }

  @Override public boolean ended(String instanceId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).count() == 0;
  }

  @Override public List<String> endsReached(String instanceId) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instanceId).list().stream()
        .filter(a -> a.getActivityType() != null && a.getActivityType().toLowerCase().endsWith("endevent"))
        .map(a -> a.getActivityId()).sorted().toList();
  }

  @Override public Object variable(String instanceId, String name) {
    return engine.getRuntimeService().getVariable(instanceId, name);
  }

  @Override public void close() { engine.close(); }
}
