package dev.agentchart.generate;

import dev.agentchart.model.ChartModel;
import dev.agentchart.model.Section;
import dev.agentchart.model.ValueNode;
import dev.agentchart.yaml.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The README's values tables, one per section, in the model's section order. */
final class ReadmeTable {

  private ReadmeTable() {}

  static List<Map<String, Object>> sections(ChartModel model) {
    List<Map<String, Object>> sections = new ArrayList<>();
    for (Section section : model.sections()) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (ValueNode.Value value : model.leaves()) {
        if (section.id().equals(value.section())) {
          rows.add(row(value));
        }
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("title", section.title());
      entry.put("description", Wrap.oneLine(section.description()));
      entry.put("rows", rows);
      sections.add(entry);
    }
    return sections;
  }

  private static Map<String, Object> row(ValueNode.Value value) {
    String description = Wrap.oneLine(value.doc());
    if (value.env() != null) {
      description += " The agent reads it as `" + value.env().name() + "`.";
    }
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("key", value.path());
    row.put("type", value.type().modelName());
    row.put("default", cell("`" + Json.compact(value.defaultValue()) + "`"));
    row.put("description", cell(description));
    return row;
  }

  /** Escapes what would end a Markdown table cell. */
  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
