// Evaluates JUEL conditions the way Camunda 7 and Flowable do (a standard EL implementation, with
// `execution.getVariable(...)` on a map of variables), for juel.test.ts. One case per input line:
//   base64(expression) TAB name=type:value TAB ...   with type b (boolean), n (number),
//   s (base64 string) or l (list of base64 strings, comma-separated; empty for an empty list).
//   A name "task.key" is the entry key of a java.util.Map held by the variable "task" (a decision).
// Prints one line per case: "true", "false" or "error <message>".
import jakarta.el.ELProcessor;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class JuelOracle {
  public static class Execution {
    private final Map<String, Object> variables;
    public Execution(Map<String, Object> variables) { this.variables = variables; }
    public Object getVariable(String name) { return variables.get(name); }
  }

  private static String text(String b64) {
    return new String(Base64.getDecoder().decode(b64), StandardCharsets.UTF_8);
  }

  private static Object value(String typed) {
    String type = typed.substring(0, 1);
    String raw = typed.substring(2);
    switch (type) {
      case "b": return Boolean.valueOf(raw);
      case "n": return raw.contains(".") ? (Object) Double.valueOf(raw) : (Object) Long.valueOf(raw);
      case "s": return text(raw);
      default: {
        List<String> list = new ArrayList<>();
        if (!raw.isEmpty()) for (String item : raw.split(",")) list.add(text(item));
        return list;
      }
    }
  }

  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    StringBuilder out = new StringBuilder();
    for (String line; (line = in.readLine()) != null; ) {
      String[] parts = line.split("\t", -1);
      String expression = text(parts[0]);
      Map<String, Object> variables = new HashMap<>();
      for (int i = 1; i < parts.length; i++) {
        // The name's base64 may end in "=" padding: the separator is the "=" before "type:".
        java.util.regex.Matcher sep = java.util.regex.Pattern.compile("=[bnsl]:").matcher(parts[i]);
        if (!sep.find()) throw new IllegalArgumentException("no value in " + parts[i]);
        int eq = sep.start();
        String name = text(parts[i].substring(0, eq));
        Object v = value(parts[i].substring(eq + 1));
        // "task.key": an entry of the map held by the variable "task" (a task's decision).
        int dot = name.indexOf('.');
        if (dot < 0) variables.put(name, v);
        else ((Map<String, Object>) variables.computeIfAbsent(name.substring(0, dot), k -> new HashMap<String, Object>())).put(name.substring(dot + 1), v);
      }
      try {
        if (!expression.startsWith("${") || !expression.endsWith("}")) throw new IllegalArgumentException("not ${...}: " + expression);
        ELProcessor el = new ELProcessor();
        el.defineBean("execution", new Execution(variables));
        Object result = el.eval(expression.substring(2, expression.length() - 1));
        out.append(result instanceof Boolean ? result.toString() : "error not a boolean: " + result).append('\n');
      } catch (Exception e) {
        out.append("error ").append(e.toString().replace('\n', ' ')).append('\n');
      }
    }
    System.out.print(out);
  }
}
