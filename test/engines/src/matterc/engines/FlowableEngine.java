package matterc.engines;

import java.nio.charset.StandardCharsets;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.common.engine.impl.util.io.BytesStreamSource;
import org.flowable.common.engine.impl.calendar.MapBusinessCalendarManager;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.dmn.engine.configurator.DmnEngineConfigurator;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.flowable.job.api.Job;
import org.flowable.validation.ProcessValidatorFactory;
import org.flowable.validation.ValidationError;

/**
 * Flowable, embedded, on in-memory H2; the async executor is off, so timers fire only when fired.
 * The holiday calendar is registered as the business calendar matterWorkdays. The one setup of
 * Flowable for every engine test: with `dmn` (the 免申办 and 跨域办 runs, matterc.proactive.FlowableEng)
 * its DMN engine is plugged in (DMN tasks) and history is kept at activity level, to tell which end
 * event a case reached; without, history is off.
 */
public final class FlowableEngine implements Engine {
  private final ProcessEngine engine;

  public FlowableEngine(Date now, File calendar) throws IOException {
    this(now, calendar, false);
  }

  public FlowableEngine(Date now, File calendar, boolean dmn) throws IOException {
    StandaloneInMemProcessEngineConfiguration cfg = new StandaloneInMemProcessEngineConfiguration();
    cfg.setJdbcUrl("jdbc:h2:mem:flowable" + (dmn ? "-dmn" : "") + ";DB_CLOSE_DELAY=-1");
    cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    cfg.setAsyncExecutorActivate(false);
    cfg.setCreateDiagramOnDeploy(false);
    cfg.setHistoryLevel(dmn ? HistoryLevel.ACTIVITY : HistoryLevel.NONE);
    cfg.setEnableEventDispatcher(dmn);
    if (dmn) cfg.addConfigurator(new DmnEngineConfigurator());
    engine = cfg.buildProcessEngine();
    cfg.getClock().setCurrentTime(now);
    if (calendar == null) return;
    WorkdayCalendar workdays = new WorkdayCalendar(calendar, () -> cfg.getClock().getCurrentTime());
    ((MapBusinessCalendarManager) cfg.getBusinessCalendarManager()).addBusinessCalendar("matterWorkdays", new FlowableWorkdays(workdays));
  }

  @Override public String name() { return "Flowable"; }

  /** The deployer parses with schema validation and runs the default process validator; its
   * warnings are only logged, so the same parse and validation are run here to collect them. */
  @Override public List<String> deploy(String resourceName, String xml) {
    return deploy(Map.of(resourceName, xml));
  }

  /** Deploys the resources together (process.bpmn with eligibility.dmn); returns the warnings of
   * each process's parse and validation. */
  public List<String> deploy(Map<String, String> resources) {
    List<String> warnings = new ArrayList<>();
    var d = engine.getRepositoryService().createDeployment();
    resources.forEach((name, xml) -> {
      byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
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

  /** The engine itself, for the runs that need more of its services (matterc.proactive). */
  public ProcessEngine processEngine() { return engine; }

  @Override public String start(String processKey, Map<String, Object> variables) {
    return engine.getRuntimeService().startProcessInstanceByKey(processKey, variables).getId();
  }

  @Override public List<Task> tasks(String instanceId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instanceId).orderByTaskDefinitionKey().asc().list().stream()
        .map(t -> new Task(t.getId(), t.getTaskDefinitionKey())).toList();
  }

  @Override public void complete(String taskId) { engine.getTaskService().complete(taskId); }

  /** Flowable's forms store a decision as flat variables `<task id>_<key>` (targets/flowable). */
  @Override public Map<String, Object> decision(String taskElementId, Map<String, Object> decision) {
    Map<String, Object> out = new java.util.HashMap<>();
    decision.forEach((k, v) -> out.put(taskElementId + "_" + k, v));
    return out;
  }

  @Override public void complete(String taskId, Map<String, Object> variables) { engine.getTaskService().complete(taskId, variables); }

  @Override public List<Timer> timers(String instanceId) {
    return engine.getManagementService().createTimerJobQuery().processInstanceId(instanceId).list().stream()
        .map(j -> new Timer(j.getId(), j.getElementId(), j.getDuedate())).toList();
  }

  @Override public void fire(String jobId) {
    Job job = engine.getManagementService().moveTimerToExecutableJob(jobId);
    engine.getManagementService().executeJob(job.getId());
  }

  @Override public boolean ended(String instanceId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).count() == 0;
  }


  @Override public void close() { engine.close(); }
}
