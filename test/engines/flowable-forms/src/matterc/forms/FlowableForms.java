package matterc.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.common.engine.impl.interceptor.EngineConfigurationConstants;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.flowable.form.engine.FormEngineConfiguration;
import org.flowable.engine.repository.DeploymentBuilder;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.form.api.FormInfo;
import org.flowable.form.engine.configurator.FormEngineConfigurator;
import org.flowable.form.model.FormField;
import org.flowable.form.model.FormOutcome;
import org.flowable.form.model.OptionFormField;
import org.flowable.form.model.SimpleFormModel;
import org.flowable.task.api.Task;

/**
 * The flowable/*.form files in Flowable's own form engine (6.8.1, process engine and form engine
 * at the same version): each matter's process.bpmn (flowable flavour) is deployed together with its
 * forms; the start form is fetched by the start event's formKey and the process started with it;
 * then every user task's form is fetched with the case's variables (the application shown in the
 * read-only fields), submitted once without a required value (the engine must refuse) and then
 * completed through the form with the first outcome (受理, 准予 …), until the case ends. The tasks
 * that ran must be those the compiler expects for the case.
 *
 * Prints "FAIL name | problem" lines and a closing "flowable-forms: N passed, N failed".
 * Usage: java matterc.forms.FlowableForms manifest.json
 */
public final class FlowableForms {
  private static int passed;
  private static int failed;

  public static void main(String[] args) throws Exception {
    @SuppressWarnings("unchecked")
    Map<String, Object> manifest = new ObjectMapper().readValue(new File(args[0]), Map.class);
    StandaloneInMemProcessEngineConfiguration cfg = new StandaloneInMemProcessEngineConfiguration();
    cfg.setJdbcUrl("jdbc:h2:mem:flowableforms;DB_CLOSE_DELAY=-1");
    cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    cfg.setAsyncExecutorActivate(false);
    cfg.setCreateDiagramOnDeploy(false);
    cfg.setHistoryLevel(HistoryLevel.AUDIT);
    cfg.setFormFieldValidationEnabled(true);
    cfg.addConfigurator(new FormEngineConfigurator());
    ProcessEngine engine = cfg.buildProcessEngine();
    try {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> processes = (List<Map<String, Object>>) manifest.get("processes");
      for (Map<String, Object> p : processes) {
        List<String> problems = new ArrayList<>();
        String name = (String) p.get("name");
        try {
          run(engine, p, problems);
        } catch (Exception e) {
          problems.add(e.toString());
        }
        if (problems.isEmpty()) passed++;
        else failed++;
        for (String s : problems) System.out.println("FAIL " + name + " | " + s);
      }
    } finally {
      engine.close();
    }
    System.out.println("flowable-forms: " + passed + " passed, " + failed + " failed");
    System.exit(failed == 0 ? 0 : 1);
  }

  @SuppressWarnings("unchecked")
  private static void run(ProcessEngine engine, Map<String, Object> p, List<String> problems) throws Exception {
    String key = (String) p.get("key");
    DeploymentBuilder d = engine.getRepositoryService().createDeployment().name((String) p.get("name"));
    d.addBytes(key + ".bpmn", Files.readAllBytes(new File((String) p.get("bpmn")).toPath()));
    for (String f : (List<String>) p.get("forms")) d.addBytes(new File(f).getName(), Files.readAllBytes(new File(f).toPath()));
    String deploymentId = d.deploy().getId();
    ProcessDefinition def = engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(deploymentId).processDefinitionKey(key).singleResult();

    // The start form, by the start event's formKey, from the forms deployed with the process (a
    // start form is shown before there is a case, so it is read from the form repository).
    String startKey = engine.getFormService().getStartFormKey(def.getId());
    if (!Objects.equals(startKey, p.get("startFormKey"))) {
      problems.add("start event's formKey " + startKey + ", expected " + p.get("startFormKey"));
      return;
    }
    FormEngineConfiguration forms = (FormEngineConfiguration) ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getEngineConfigurations().get(EngineConfigurationConstants.KEY_FORM_ENGINE_CONFIG);
    FormInfo start = forms.getFormRepositoryService().getFormModelByKeyAndParentDeploymentId(startKey, deploymentId);
    if (start == null || !Objects.equals(start.getKey(), startKey)) {
      problems.add("start form " + startKey + " not deployed");
      return;
    }
    Map<String, Object> values = new LinkedHashMap<>((Map<String, Object>) p.get("start"));
    String required = firstRequired(model(start), values);
    if (required != null) {
      Map<String, Object> without = new LinkedHashMap<>(values);
      without.remove(required);
      if (refused(() -> engine.getRuntimeService().startProcessInstanceWithForm(def.getId(), null, without, "x"))) {
        // the engine refused the start without a required answer, as it must
      } else problems.add("start form: started without the required " + required);
    }
    String instance = engine.getRuntimeService().startProcessInstanceWithForm(def.getId(), null, values, (String) p.get("name")).getId();
    for (Map.Entry<String, Object> e : ((Map<String, Object>) p.get("readBack")).entrySet()) {
      Object got = engine.getRuntimeService().getVariable(instance, e.getKey());
      if (!Objects.equals(String.valueOf(got), String.valueOf(e.getValue()))) problems.add("start variable " + e.getKey() + " = " + got + ", expected " + e.getValue());
    }

    Set<String> ran = new TreeSet<>();
    for (int round = 0; round < 200; round++) {
      List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance).orderByTaskDefinitionKey().asc().list();
      if (tasks.isEmpty()) break;
      for (Task t : tasks) {
        ran.add(t.getTaskDefinitionKey());
        task(engine, instance, t, values, problems);
      }
    }
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count() != 0) problems.add("the case did not end");
    Set<String> expected = new TreeSet<>((List<String>) p.get("expectedTasks"));
    if (!ran.equals(expected)) problems.add("tasks ran " + ran + ", expected " + expected);
  }

  /** One user task: its form by formKey, rendered with the case's data, refused without a required
   * value, completed through the form with its first outcome. */
  private static void task(ProcessEngine engine, String instance, Task t, Map<String, Object> application, List<String> problems) {
    String where = t.getTaskDefinitionKey() + ": ";
    FormInfo form;
    try {
      form = engine.getTaskService().getTaskFormModel(t.getId());
    } catch (FlowableException e) {
      problems.add(where + "no form: " + e.getMessage());
      engine.getTaskService().complete(t.getId());
      return;
    }
    if (!("form-" + t.getTaskDefinitionKey()).equals(form.getKey())) problems.add(where + "form " + form.getKey());
    SimpleFormModel m = model(form);
    // The application is shown, read-only, with the values the case was started with.
    int shown = 0;
    for (FormField f : m.listAllFields()) {
      if (!f.isReadOnly() || !application.containsKey(f.getId())) continue;
      Object want = application.get(f.getId());
      if (want instanceof Boolean || want instanceof String) {
        shown++;
        // Flowable shows a date as "2024-5-1" (its own display format).
        boolean date = "date".equals(f.getType()) && f.getValue() != null;
        Object got = date ? LocalDate.parse(String.valueOf(f.getValue()), DateTimeFormatter.ofPattern("y-M-d")).toString() : f.getValue();
        if (!Objects.equals(String.valueOf(got), String.valueOf(want))) problems.add(where + "shows " + f.getId() + " = " + f.getValue() + ", expected " + want);
      }
    }
    if (shown == 0) problems.add(where + "shows none of the application");
    Map<String, Object> values = new LinkedHashMap<>();
    for (FormField f : m.listAllFields()) {
      if (f.isReadOnly() || f.getType().startsWith("headline")) continue;
      Object v = sample(f);
      if (v != null) values.put(f.getId(), v);
    }
    List<FormOutcome> outcomes = m.getOutcomes();
    String outcome = outcomes == null || outcomes.isEmpty() ? null : outcomes.get(0).getName();
    String required = firstRequired(m, values);
    if (required != null) {
      Map<String, Object> without = new LinkedHashMap<>(values);
      without.remove(required);
      if (!refused(() -> engine.getTaskService().completeTaskWithForm(t.getId(), form.getId(), outcome, without))) {
        problems.add(where + "completed without the required " + required);
        return;
      }
    }
    engine.getTaskService().completeTaskWithForm(t.getId(), form.getId(), outcome, values);
    // What the form recorded is in the case's variables.
    Map<String, Object> recorded = new LinkedHashMap<>(values);
    if (outcome != null) recorded.put(m.getOutcomeVariableName(), outcome);
    for (Map.Entry<String, Object> e : recorded.entrySet()) {
      Object got = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance).variableName(e.getKey()).singleResult();
      Object value = got == null ? null : ((org.flowable.variable.api.history.HistoricVariableInstance) got).getValue();
      if (!Objects.equals(String.valueOf(value), String.valueOf(e.getValue()))) problems.add(where + "recorded " + e.getKey() + " = " + value + ", expected " + e.getValue());
    }
  }

  private static SimpleFormModel model(FormInfo info) {
    return (SimpleFormModel) info.getFormModel();
  }

  private static String firstRequired(SimpleFormModel m, Map<String, Object> values) {
    for (FormField f : m.listAllFields()) if (f.isRequired() && !"upload".equals(f.getType()) && values.containsKey(f.getId())) return f.getId();
    return null;
  }

  private interface Action {
    void run();
  }

  private static boolean refused(Action a) {
    try {
      a.run();
      return false;
    } catch (FlowableException e) {
      return true;
    }
  }

  /** A value of a decision field as a task UI submits it. */
  private static Object sample(FormField f) {
    switch (f.getType()) {
      case "radio-buttons":
      case "dropdown":
        List<org.flowable.form.model.Option> options = ((OptionFormField) f).getOptions();
        return options == null || options.isEmpty() ? null : options.get(0).getName();
      case "boolean":
        return Boolean.TRUE;
      case "integer":
        return "1";
      case "decimal":
      case "amount":
        return "1.5";
      case "date":
        return "2026-09-28";
      case "upload":
        return null;
      default:
        return "经审查，材料齐全，符合法定形式。";
    }
  }


}
