package matterc.engines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The engine side of `--calendar 节假日.json`: what a deployment registers under the name
 * matterWorkdays (docs/process.md). after(n) is the same time of day on the n-th working day after
 * today (China Standard Time): a weekday not off, or a weekend day the calendar makes a working day.
 * Flowable reads it as a business calendar (FlowableWorkdays); Camunda 7 and Operaton call it as a
 * bean from the timer's date expression.
 */
public final class WorkdayCalendar {
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final Set<LocalDate> off = new HashSet<>();
  private final Set<LocalDate> work = new HashSet<>();
  private final Supplier<Date> clock;

  public WorkdayCalendar(File file, Supplier<Date> clock) throws IOException {
    this.clock = clock;
    JsonNode root = new ObjectMapper().readTree(file);
    read(root.get("放假"), off);
    read(root.get("上班"), work);
  }

  /** Dates and ranges "A/B", as the file writes them. */
  private static void read(JsonNode list, Set<LocalDate> into) {
    if (list == null) return;
    for (JsonNode entry : list) {
      String[] ends = entry.asText().split("/");
      LocalDate from = LocalDate.parse(ends[0]);
      LocalDate to = LocalDate.parse(ends[ends.length - 1]);
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) into.add(d);
    }
  }

  public boolean isWorkday(LocalDate d) {
    if (work.contains(d)) return true;
    if (off.contains(d)) return false;
    return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** The same time on the n-th working day after `from`. */
  public Date after(Date from, int n) {
    ZonedDateTime t = from.toInstant().atZone(CHINA);
    for (int counted = 0; counted < n; ) {
      t = t.plusDays(1);
      if (isWorkday(t.toLocalDate())) counted++;
    }
    return Date.from(t.toInstant());
  }

  /** The same time on the n-th working day after now, by the engine's clock. */
  public Date after(int n) {
    return after(clock.get(), n);
  }
}
