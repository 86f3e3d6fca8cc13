package matterc.engines;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineConfiguration;
import org.operaton.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.operaton.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.operaton.bpm.engine.impl.util.ClockUtil;

/**
 * Operaton (the community fork of Camunda 7), embedded, on in-memory H2; the job executor is off, so timers
 * fire only when fired. The one setup of Operaton for every engine test: with `dmn` (the 免申办 and
 * 跨域办 runs, matterc.proactive.OperatonEng) the DMN engine is on and history is kept at activity
 * level, to tell which end event a case reached; without, both are off (a run costs a third less). Java serialization of variables is enabled: a multiple-choice answer is a
 * java.util.List, which is what the JUEL `.contains(…)` conditions need (docs/process.md). The
 * holiday calendar is the bean matterWorkdays, which the timers' date expressions call.
 */
public final class OperatonEngine implements Engine {
  private final ProcessEngine engine;
  private final List<String> parseWarnings = new ArrayList<>();

  public OperatonEngine(Date now, File calendar) throws IOException {
    this(now, calendar, false);
  }

  public OperatonEngine(Date now, File calendar, boolean dmn) throws IOException {
    StandaloneInMemProcessEngineConfiguration cfg = new StandaloneInMemProcessEngineConfiguration();
    cfg.setJdbcUrl("jdbc:h2:mem:operaton" + (dmn ? "-dmn" : "") + ";DB_CLOSE_DELAY=-1");
    cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    cfg.setJobExecutorActivate(false);
    cfg.setJavaSerializationFormatEnabled(true);
    cfg.setDmnEnabled(dmn);
    cfg.setCmmnEnabled(false);
    cfg.setMetricsEnabled(false);
    cfg.setHistory(dmn ? ProcessEngineConfiguration.HISTORY_ACTIVITY : ProcessEngineConfiguration.HISTORY_NONE);
    if (calendar != null) cfg.setBeans(Map.of("matterWorkdays", new WorkdayCalendar(calendar, ClockUtil::getCurrentTime)));
    // The parser keeps its warnings to itself (it only logs them): a parse that hands them over.
    cfg.setBpmnParseFactory(parser -> new BpmnParse(parser) {
      @Override public BpmnParse execute() {
        super.execute();
        getProblems().forEach(p -> parseWarnings.add(p.getMainElementId() + ": " + p.getMessage()));
        return this;
      }
    });
    engine = cfg.buildProcessEngine();
    ClockUtil.setCurrentTime(now);
  }

  @Override public String name() { return "Operaton"; }

  /** The engine itself, for the runs that need more of its services (matterc.proactive). */
  public ProcessEngine processEngine() { return engine; }

  @Override public List<String> deploy(String resourceName, String xml) {
    return deploy(Map.of(resourceName, xml));
  }

  /** Deploys the resources together (process.bpmn with eligibility.dmn); returns the parse warnings. */
  public List<String> deploy(Map<String, String> resources) {
    parseWarnings.clear();
    var d = engine.getRepositoryService().createDeployment();
    resources.forEach(d::addString);
    d.deploy();
    return List.copyOf(parseWarnings);
  }

  @Override public String start(String processKey, Map<String, Object> variables) {
    return engine.getRuntimeService().startProcessInstanceByKey(processKey, variables).getId();
  }

  @Override public List<Task> tasks(String instanceId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instanceId).list().stream()
        .map(t -> new Task(t.getId(), t.getTaskDefinitionKey())).sorted(java.util.Comparator.comparing(Task::elementId)).toList();
  }

  @Override public void complete(String taskId) { engine.getTaskService().complete(taskId); }

  @Override public void complete(String taskId, Map<String, Object> variables) { engine.getTaskService().complete(taskId, variables); }

  @Override public List<Timer> timers(String instanceId) {
    var management = engine.getManagementService();
    return management.createJobQuery().processInstanceId(instanceId).timers().list().stream()
        .map(j -> new Timer(j.getId(), management.createJobDefinitionQuery().jobDefinitionId(j.getJobDefinitionId()).singleResult().getActivityId(), j.getDuedate()))
        .toList();
  }

  @Override public void fire(String jobId) { engine.getManagementService().executeJob(jobId); }

  @Override public boolean ended(String instanceId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).count() == 0;
  }


  @Override public void close() {
    engine.close();
    ClockUtil.reset();
  }
}
