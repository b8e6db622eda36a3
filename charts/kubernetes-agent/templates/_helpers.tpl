{{/*
Named templates shared by every object of the chart and by the generated env partial of the
Tentacle container. Object names are derived here only, so that the names the agent receives
through its environment are always the names of the objects the chart creates.
*/}}

{{/*
Base name of the agent's objects. Kubernetes names are DNS labels: at most 63 characters and
no trailing dash, hence the trunc and trimSuffix.
*/}}
{{- define "kubernetes-agent.name" -}}
{{- default "octopus-agent" .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Base name qualified by the release, for objects that must be unique per release. */}}
{{- define "kubernetes-agent.fullName" -}}
{{- printf "%s-%s" (include "kubernetes-agent.name" .) .Release.Name
    | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* The helm.sh/chart label value: chart name and version ("+" is not allowed in labels). */}}
{{- define "kubernetes-agent.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Labels that select the Tentacle pods; never change them, a Deployment selector is fixed. */}}
{{- define "kubernetes-agent.selectorLabels" -}}
app.kubernetes.io/name: {{ include "kubernetes-agent.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* Standard labels of the objects that carry labels. */}}
{{- define "kubernetes-agent.labels" -}}
helm.sh/chart: {{ include "kubernetes-agent.chart" . }}
{{ include "kubernetes-agent.selectorLabels" . }}
{{- with .Chart.AppVersion }}
app.kubernetes.io/version: {{ . | quote }}
{{- end }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{/* Service account of the Tentacle pod. */}}
{{- define "kubernetes-agent.serviceAccountName" -}}
{{- .Values.agent.serviceAccount.name
    | default (printf "%s-tentacle" (include "kubernetes-agent.name" .)) -}}
{{- end -}}

{{/* Service account the agent gives to the script pods it creates. */}}
{{- define "kubernetes-agent.scriptPodServiceAccountName" -}}
{{- .Values.scriptPods.serviceAccount.name
    | default (printf "%s-scripts" (include "kubernetes-agent.name" .)) -}}
{{- end -}}

{{/*
Cluster-scoped RBAC objects are not namespaced, so their names carry the release as well to keep
two agents in one cluster apart.
*/}}
{{- define "kubernetes-agent.scriptPodServiceAccountFullName" -}}
{{- printf "%s-%s" (include "kubernetes-agent.scriptPodServiceAccountName" .) .Release.Name
    | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
"true" when the chart may create the script pods' ClusterRoles: they are wanted and cluster-scoped
objects are allowed (useNamespacedRoles installs without any). Empty otherwise.
*/}}
{{- define "kubernetes-agent.scriptPodClusterRolesEnabled" -}}
{{- $serviceAccount := .Values.scriptPods.serviceAccount -}}
{{- if and $serviceAccount.clusterRole.enabled (not $serviceAccount.useNamespacedRoles) -}}
true
{{- end -}}
{{- end -}}

{{/* The account Octopus Server uses to upgrade the agent; its name is fixed by the server. */}}
{{- define "kubernetes-agent.autoUpgraderServiceAccountName" -}}
octopus-agent-auto-upgrader
{{- end -}}

{{- define "kubernetes-agent.autoUpgraderServiceAccountFullName" -}}
{{- printf "%s-%s" (include "kubernetes-agent.autoUpgraderServiceAccountName" .) .Release.Name
    | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
Namespaces the script pods may work in. The chart's own value wins over the global one, which
an umbrella chart may set. Printed as JSON, read back with fromJsonArray.
*/}}
{{- define "kubernetes-agent.targetNamespaces" -}}
{{- if .Values.scriptPods.serviceAccount.targetNamespaces -}}
{{- .Values.scriptPods.serviceAccount.targetNamespaces | toJson -}}
{{- else -}}
{{- .Values.global.targetNamespaces | default list | toJson -}}
{{- end -}}
{{- end -}}

{{/* Secret holding the credentials given in the values (bearer token, API key, ...). */}}
{{- define "kubernetes-agent.secrets.serverAuth" -}}
{{- printf "%s-tentacle-server-auth" (include "kubernetes-agent.name" .) -}}
{{- end -}}

{{/* Secret holding agent.certificate, the agent's own certificate. */}}
{{- define "kubernetes-agent.secrets.certificate" -}}
{{- printf "%s-tentacle-certificate" (include "kubernetes-agent.name" .) -}}
{{- end -}}

{{/* The Octopus Server URL: the agent's own value, else the global one. */}}
{{- define "kubernetes-agent.serverApiUrl" -}}
{{- .Values.agent.serverUrl | default .Values.global.serverApiUrl -}}
{{- end -}}

{{/* The server's CA certificate (base64 PEM): the agent's own value, else the global one. */}}
{{- define "kubernetes-agent.serverCertificate" -}}
{{- .Values.agent.serverCertificate | default .Values.global.serverCertificate -}}
{{- end -}}

{{/* An existing Secret with the server's CA certificate: agent value, else global value. */}}
{{- define "kubernetes-agent.serverCertificateSecretName" -}}
{{- .Values.agent.serverCertificateSecretName
    | default .Values.global.serverCertificateSecretName -}}
{{- end -}}

{{/*
Called with a list of {name: ...} (imagePullSecrets) as its context; prints the names joined
with commas, the form the agent expects for its script pods.
*/}}
{{- define "kubernetes-agent.imagePullSecretNames" -}}
{{- $names := list -}}
{{- range . -}}
{{- $names = append $names .name -}}
{{- end -}}
{{- join "," $names -}}
{{- end -}}

{{/* Tentacle image reference; the tag defaults to the chart's appVersion. */}}
{{- define "kubernetes-agent.image" -}}
{{- $tag := .Values.agent.image.tag | default .Chart.AppVersion -}}
{{- with .Values.agent.image.tagSuffix -}}
{{- $tag = printf "%s-%s" $tag . -}}
{{- end -}}
{{- printf "%s:%s" .Values.agent.image.repository $tag -}}
{{- end -}}

{{/*
"true" when any script pod proxy is set, else empty (an empty string is false in a condition).
The agent is then told the name of the Secret that holds them.
*/}}
{{- define "kubernetes-agent.scriptPodProxiesEnabled" -}}
{{- $p := .Values.scriptPods.proxies -}}
{{- if or $p.http_proxy $p.https_proxy $p.no_proxy -}}true{{- end -}}
{{- end -}}

{{/* Name of the Secret with the script pod proxies; the agent reads it with envFrom. */}}
{{- define "kubernetes-agent.scriptPodProxiesSecretName" -}}
scripts-proxies
{{- end -}}

{{/* Docker config JSON (base64) for the registry the agent upgrade pulls from. */}}
{{- define "kubernetes-agent.upgradeDockerConfig" -}}
{{- $auth := .Values.agent.upgrade.dockerAuth -}}
{{- $userPass := printf "%s:%s" $auth.username $auth.password | b64enc -}}
{{- $registry := dict $auth.registry (dict "auth" $userPass) -}}
{{- dict "auths" $registry | toJson | b64enc -}}
{{- end -}}

{{/*
NFS mode: an in-cluster NFS server (a StatefulSet) backs a ReadWriteMany volume that the agent
and its script pods share. "true" or empty.
*/}}
{{- define "kubernetes-agent.nfs.enabled" -}}
{{- if .Values.persistence.nfs.enabled -}}true{{- end -}}
{{- end -}}

{{/*
The watchdog restarts pods whose NFS mount hangs; it only makes sense with the NFS server.
"true" or empty.
*/}}
{{- define "kubernetes-agent.nfs.watchdogEnabled" -}}
{{- if and .Values.persistence.nfs.enabled .Values.persistence.nfs.watchdog.enabled -}}
true
{{- end -}}
{{- end -}}

{{- define "kubernetes-agent.nfs.watchdogImage" -}}
{{- $image := .Values.persistence.nfs.watchdog.image -}}
{{- printf "%s:%s" $image.repository $image.tag -}}
{{- end -}}

{{/* Name of the NFS server's StatefulSet and Service (the Service gives it a DNS name). */}}
{{- define "kubernetes-agent.nfs.name" -}}
{{- printf "%s-nfs" (include "kubernetes-agent.name" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "kubernetes-agent.nfs.fullName" -}}
{{- printf "%s-%s" (include "kubernetes-agent.nfs.name" .) .Release.Name
    | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
The NFS volume and claim carry the size in their names: a PersistentVolume's capacity cannot be
changed in place, so a new size gives new objects instead of a failed upgrade.
*/}}
{{- define "kubernetes-agent.nfs.pvName" -}}
{{- printf "%s-pv-%s" (include "kubernetes-agent.nfs.fullName" .) .Values.persistence.size
    | lower -}}
{{- end -}}

{{- define "kubernetes-agent.nfs.pvcName" -}}
{{- printf "%s-pvc-%s" (include "kubernetes-agent.nfs.fullName" .) .Values.persistence.size
    | lower -}}
{{- end -}}

{{/* A storage class name private to the NFS volume, so no provisioner ever claims it. */}}
{{- define "kubernetes-agent.nfs.storageClassName" -}}
{{- printf "%s-csi" (include "kubernetes-agent.nfs.fullName" .) -}}
{{- end -}}

{{/* Cluster DNS name of the NFS Service. */}}
{{- define "kubernetes-agent.nfs.serverAddress" -}}
{{- printf "%s.%s.svc.cluster.local" (include "kubernetes-agent.nfs.name" .) .Release.Namespace -}}
{{- end -}}

{{/*
The claim the Tentacle pod and every script pod mount at /octopus: the NFS claim in NFS mode,
otherwise the chart's own claim.
*/}}
{{- define "kubernetes-agent.pvcName" -}}
{{- if include "kubernetes-agent.nfs.enabled" . -}}
{{- include "kubernetes-agent.nfs.pvcName" . -}}
{{- else -}}
{{- printf "%s-pvc" (include "kubernetes-agent.fullName" .) -}}
{{- end -}}
{{- end -}}
