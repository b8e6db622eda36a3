package dev.agentchart.agent;

/**
 * Names of the environment variables the agent reads, exactly as the Tentacle spells them. A name
 * that differs by one letter is silently ignored by the agent (FACTS.md §3 tells of a pull-policy
 * variable lost that way), so every name lives here once.
 */
public final class AgentVariables {

  /** The prefix of every Kubernetes-specific agent setting. */
  public static final String PREFIX = "OCTOPUS__K8STENTACLE__";

  public static final String NAMESPACE = PREFIX + "NAMESPACE";
  public static final String POD_SERVICE_ACCOUNT_NAME = PREFIX + "PODSERVICEACCOUNTNAME";
  public static final String POD_VOLUME_CLAIM_NAME = PREFIX + "PODVOLUMECLAIMNAME";
  public static final String HELM_RELEASE_NAME = PREFIX + "HELMRELEASENAME";
  public static final String HELM_CHART_VERSION = PREFIX + "HELMCHARTVERSION";
  public static final String SCRIPT_POD_IMAGE = PREFIX + "SCRIPTPODIMAGE";
  public static final String SCRIPT_POD_IMAGE_TAG = PREFIX + "SCRIPTPODIMAGETAG";
  public static final String SCRIPT_POD_PULL_POLICY = PREFIX + "SCRIPTPODPULLPOLICY";
  public static final String POD_IMAGE_PULL_SECRET_NAMES = PREFIX + "PODIMAGEPULLSECRETNAMES";
  public static final String POD_RESOURCE_JSON = PREFIX + "PODRESOURCEJSON";
  public static final String POD_AFFINITY_JSON = PREFIX + "PODAFFINITYJSON";
  public static final String POD_TOLERATIONS_JSON = PREFIX + "PODTOLERATIONSJSON";
  public static final String POD_SECURITY_CONTEXT_JSON = PREFIX + "PODSECURITYCONTEXTJSON";
  public static final String POD_ANNOTATIONS_JSON = PREFIX + "PODANNOTATIONSJSON";
  public static final String POD_LABELS_JSON = PREFIX + "PODLABELSJSON";
  public static final String POD_PROXIES_SECRET_NAME = PREFIX + "PODPROXIESSECRETNAME";
  public static final String ACCESS_MODES_JSON = PREFIX + "ACCESSMODESJSON";
  public static final String PERSISTENT_VOLUME_SIZE = PREFIX + "PERSISTENTVOLUMESIZE";
  public static final String DISABLE_POD_EVENTS_IN_TASK_LOG = PREFIX + "DISABLEPODEVENTSINTASKLOG";
  public static final String PENDING_PODS_STUCK_AFTER_MINUTES =
      PREFIX + "PENDINGPODSSTUCKAFTERMINUTES";
  public static final String NFS_WATCHDOG_IMAGE = PREFIX + "NFSWATCHDOGIMAGE";
  public static final String CALAMARI_IMAGE_VOLUME_ENABLED = PREFIX + "CALAMARIIMAGEVOLUMEENABLED";
  public static final String CALAMARI_IMAGE_VOLUME_REPOSITORY =
      PREFIX + "CALAMARIIMAGEVOLUMEREPOSITORY";
  public static final String CALAMARI_IMAGE_VOLUME_PULL_POLICY =
      PREFIX + "CALAMARIIMAGEVOLUMEPULLPOLICY";

  /** Passed through unchanged to every script container by the agent. */
  public static final String KUBERNETES_MONITOR_ENABLED = PREFIX + "KUBERNETESMONITORENABLED";

  /** Tentacle's own polling address; not prefixed, as for a Tentacle outside Kubernetes. */
  public static final String SERVER_COMMS_ADDRESS = "ServerCommsAddress";

  /** Further polling addresses, comma-separated. */
  public static final String SERVER_COMMS_ADDRESSES = "ServerCommsAddresses";

  private AgentVariables() {}
}
