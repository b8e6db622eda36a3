package dev.agentchart.generate;

import dev.agentchart.model.ChartInfo;
import dev.agentchart.model.ChartModel;
import dev.agentchart.model.ImageVolumeFeature;
import dev.agentchart.yaml.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables every template sees. Everything is a map, list or string, so that templates depend
 * on names documented here and not on Java accessors.
 *
 * <ul>
 *   <li>{@code chart}: name, version, appVersion, description, home, icon, keywords, sources,
 *       maintainers;
 *   <li>{@code feature}: the Calamari image volume: enabledBy (Helm path), minKubeVersion,
 *       fallbackWarning;
 *   <li>{@code values}: the entries of values.yaml ({@link ValuesDocument});
 *   <li>{@code schemaProperties}: the values schema's root properties, as indented JSON;
 *   <li>{@code schemaDefs}: the values schema's root {@code $defs} (the Kubernetes models the
 *       properties refer to), as indented JSON;
 *   <li>{@code readme}: the README's sections with their value rows ({@link ReadmeTable});
 *   <li>{@code environment}: the Tentacle container's variables ({@link EnvironmentPlan}).
 * </ul>
 */
final class ChartContext {

  private ChartContext() {}

  static Map<String, Object> of(ChartModel model) {
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("chart", chart(model.chart()));
    context.put("feature", feature(model.calamariImageVolume()));
    context.put("values", ValuesDocument.entries(model));
    ValuesSchema schema = ValuesSchema.of(model);
    context.put("schemaProperties", Json.pretty(schema.properties(), 1));
    context.put("schemaDefs", Json.pretty(schema.defs(), 1));
    context.put("readme", ReadmeTable.sections(model));
    context.put("environment", EnvironmentPlan.variables(model));
    return context;
  }

  private static Map<String, Object> chart(ChartInfo chart) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("name", chart.name());
    c.put("version", chart.version());
    c.put("appVersion", chart.appVersion());
    c.put("description", chart.description());
    c.put("home", chart.home() == null ? "" : chart.home());
    c.put("icon", chart.icon() == null ? "" : chart.icon());
    c.put("keywords", chart.keywords());
    c.put("sources", chart.sources());
    c.put("maintainers", chart.maintainers());
    return c;
  }

  private static Map<String, Object> feature(ImageVolumeFeature feature) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("enabledBy", ".Values." + feature.enabledBy());
    f.put("minKubeVersion", feature.minKubeVersion());
    f.put("fallbackWarning", feature.fallbackWarning());
    return f;
  }
}
