{{/*
Names and labels.
*/}}
{{- define "overcast.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "overcast.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "overcast.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Selector labels of one component. Call with (dict "root" $ "component" "sqs"). */}}
{{- define "overcast.selectorLabels" -}}
app.kubernetes.io/name: {{ include "overcast.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "overcast.labels" -}}
{{ include "overcast.selectorLabels" . }}
helm.sh/chart: {{ include "overcast.chart" .root }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
app.kubernetes.io/part-of: overcast
{{- end -}}

{{- define "overcast.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "overcast.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{- define "overcast.secretName" -}}
{{- default (printf "%s-credentials" (include "overcast.fullname" .)) .Values.credentials.existingSecret -}}
{{- end -}}

{{/* An Overcast image. Call with (dict "root" $ "name" "sqs" "image" $spec.image). */}}
{{- define "overcast.image" -}}
{{- $v := .root.Values.image -}}
{{- $repo := printf "%s/%s" $v.repository .name -}}
{{- if $v.registry -}}{{- $repo = printf "%s/%s" $v.registry $repo -}}{{- end -}}
{{- $img := default dict .image -}}
{{- printf "%s:%s" (default $repo $img.repository) (default (default .root.Chart.AppVersion $v.tag) $img.tag) -}}
{{- end -}}

{{/*
Backends: built in (a StatefulSet of this chart) unless an external one is configured.
*/}}
{{- define "overcast.backendHost" -}}
{{- printf "%s-%s.%s.svc" (include "overcast.fullname" .root) .backend .root.Release.Namespace -}}
{{- end -}}

{{- define "overcast.redisUrl" -}}
{{- if .Values.redis.external.url -}}
{{- .Values.redis.external.url -}}
{{- else -}}
{{- printf "redis://%s:6379/0" (include "overcast.backendHost" (dict "root" . "backend" "redis")) -}}
{{- end -}}
{{- end -}}

{{- define "overcast.kafkaBootstrapServers" -}}
{{- if .Values.kafka.external.bootstrapServers -}}
{{- .Values.kafka.external.bootstrapServers -}}
{{- else -}}
{{- printf "%s:9092" (include "overcast.backendHost" (dict "root" . "backend" "kafka")) -}}
{{- end -}}
{{- end -}}

{{/* The SQLAlchemy URL of the metadata database; it carries a password, so it lives in the Secret. */}}
{{- define "overcast.databaseUrl" -}}
{{- if .Values.postgresql.external.url -}}
{{- .Values.postgresql.external.url -}}
{{- else -}}
{{- $a := .Values.postgresql.auth -}}
{{- printf "postgresql+asyncpg://%s:%s@%s:5432/%s" ($a.username | urlquery) ($a.password | urlquery) (include "overcast.backendHost" (dict "root" . "backend" "postgresql")) $a.database -}}
{{- end -}}
{{- end -}}

{{/* host:port of every built-in backend, for the wait-for-backends init container. */}}
{{- define "overcast.builtinBackends" -}}
{{- $targets := list -}}
{{- if not .Values.postgresql.external.url -}}{{- $targets = append $targets (printf "%s:5432" (include "overcast.backendHost" (dict "root" . "backend" "postgresql"))) -}}{{- end -}}
{{- if not .Values.redis.external.url -}}{{- $targets = append $targets (printf "%s:6379" (include "overcast.backendHost" (dict "root" . "backend" "redis"))) -}}{{- end -}}
{{- if not .Values.kafka.external.bootstrapServers -}}{{- $targets = append $targets (printf "%s:9092" (include "overcast.backendHost" (dict "root" . "backend" "kafka"))) -}}{{- end -}}
{{- toJson $targets -}}
{{- end -}}

{{/*
host:port of a service's gRPC server, as the gateway dials it (Kubernetes Service DNS); for a partitioned
service with several replicas, every pod's own name in index order, comma-separated (the order is what
overcast_common.dispatch.partitioned hashes keys over).
*/}}
{{- define "overcast.serviceAddress" -}}
{{- $fullname := include "overcast.fullname" .root -}}
{{- $port := int .root.Values.ports.grpc -}}
{{- $spec := index .root.Values.services .name -}}
{{- if eq (include "overcast.partitioned" $spec) "true" -}}
{{- $pods := list -}}
{{- range $i := until (int $spec.replicas) -}}
{{- $pods = append $pods (printf "%s-%s-%d.%s-%s-pods.%s.svc:%d" $fullname $.name $i $fullname $.name $.root.Release.Namespace $port) -}}
{{- end -}}
{{- join "," $pods -}}
{{- else -}}
{{- printf "%s-%s.%s.svc:%d" $fullname .name .root.Release.Namespace $port -}}
{{- end -}}
{{- end -}}

{{/* "true" when a service's replicas each own part of its keys (S3's buckets, Kinesis and Firehose
streams, SNS topics): `partitioned` and more
than one replica. Such a service runs as a StatefulSet (templates/workloads.yaml). */}}
{{- define "overcast.partitioned" -}}
{{- and .partitioned (gt (int .replicas) 1) | toString -}}
{{- end -}}

{{/*
Where spans go: telemetry.otlpEndpoint, else the OTLP listener of this release's X-Ray service (its
extraPorts entry otlp-grpc or otlp-http, after telemetry.otlpProtocol), else nowhere ("").
*/}}
{{- define "overcast.otlpEndpoint" -}}
{{- $v := .Values -}}
{{- $xray := default dict $v.services.xray -}}
{{- if $v.telemetry.otlpEndpoint -}}
{{- $v.telemetry.otlpEndpoint -}}
{{- else if $xray.enabled -}}
{{- $listener := ternary "otlp-grpc" "otlp-http" (eq (default "grpc" $v.telemetry.otlpProtocol) "grpc") -}}
{{- range $p := default list $xray.extraPorts -}}
{{- if eq $p.name $listener -}}
{{- printf "http://%s-xray.%s.svc:%d" (include "overcast.fullname" $) $.Release.Namespace (int $p.port) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/*
The components this release runs: the gateway, then every enabled service (alphabetical), each with
the same values shape. Every workload object is rendered from one range over this list.
*/}}
{{- define "overcast.components" -}}
{{- $components := list (dict "name" "gateway" "gateway" true "spec" .Values.gateway) -}}
{{- range $name, $spec := .Values.services -}}
{{- if $spec.enabled -}}
{{- $components = append $components (dict "name" $name "gateway" false "spec" $spec) -}}
{{- end -}}
{{- end -}}
{{- toJson $components -}}
{{- end -}}

{{/*
THE environment of each Overcast process: the one place the chart decides what a component gets.
`overcast cluster` must give the same (tests/deploy/test_env_parity.py compares them).
Call with (dict "root" $ "component" <an entry of overcast.components>). Renders an `env:` list,
sorted by name; values a service's `env` block sets win over the defaults here.
*/}}
{{- define "overcast.env" -}}
{{- $root := .root -}}
{{- $c := .component -}}
{{- $v := $root.Values -}}
{{- $secret := include "overcast.secretName" $root -}}
{{- $env := dict
  "OVERCAST_HOST" "0.0.0.0"
  "OVERCAST_DATA_DIR" "/data"
  "OVERCAST_LOG_LEVEL" $v.config.logLevel
  "OVERCAST_DEFAULT_REGION" $v.config.region
  "OVERCAST_UNKNOWN_KEYS" $v.config.unknownKeys
  "OTEL_SERVICE_NAME" (printf "overcast-%s" $c.name)
-}}
{{- range $key := list "OVERCAST_DEFAULT_ACCOUNT_ID" "OVERCAST_DEFAULT_ACCESS_KEY_ID" "OVERCAST_DEFAULT_SECRET_ACCESS_KEY" -}}
{{- $_ := set $env $key (dict "secretKeyRef" (dict "name" $secret "key" $key)) -}}
{{- end -}}
{{- /* tracing: on when spans have somewhere to go; X-Ray's own spans go to its in-process sink */ -}}
{{- $endpoint := include "overcast.otlpEndpoint" $root -}}
{{- $tracing := and $v.telemetry.enabled (ne $endpoint "") -}}
{{- $_ := set $env "OTEL_SDK_DISABLED" (ternary "false" "true" $tracing) -}}
{{- if and $tracing (or $v.telemetry.otlpEndpoint (ne $c.name "xray")) -}}
{{- $_ := set $env "OTEL_EXPORTER_OTLP_ENDPOINT" $endpoint -}}
{{- $_ := set $env "OTEL_EXPORTER_OTLP_PROTOCOL" (default "grpc" $v.telemetry.otlpProtocol) -}}
{{- end -}}
{{- /* every component gets every service's address: the gateway routes calls, services call peers */ -}}
{{- range $name, $spec := $v.services -}}
{{- if $spec.enabled -}}
{{- $_ := set $env (printf "OVERCAST_SERVICE_ADDRESS_%s" (upper $name)) (include "overcast.serviceAddress" (dict "root" $root "name" $name)) -}}
{{- end -}}
{{- end -}}
{{- if $c.gateway -}}
{{- $_ := set $env "OVERCAST_PORT" "4566" -}}
{{- else -}}
{{- $_ := set $env "OVERCAST_PORT" (toString $v.ports.grpc) -}}
{{- $_ := set $env "OVERCAST_HEALTH_PORT" (toString $v.ports.health) -}}
{{- $_ := set $env "OVERCAST_DATABASE_URL" (dict "secretKeyRef" (dict "name" $secret "key" "OVERCAST_DATABASE_URL")) -}}
{{- $_ := set $env "OVERCAST_REDIS_URL" (include "overcast.redisUrl" $root) -}}
{{- $_ := set $env "OVERCAST_KAFKA_BOOTSTRAP_SERVERS" (include "overcast.kafkaBootstrapServers" $root) -}}
{{- range $p := default list $c.spec.extraPorts -}}
{{- if $p.env -}}
{{- $_ := set $env $p.env (toString $p.port) -}}
{{- end -}}
{{- end -}}
{{- if eq (include "overcast.partitioned" $c.spec) "true" -}}
{{- /* which replica this pod is: the StatefulSet's pod index (Kubernetes >= 1.28) */ -}}
{{- $_ := set $env "OVERCAST_REPLICA_INDEX" (dict "fieldRef" (dict "fieldPath" "metadata.labels['apps.kubernetes.io/pod-index']")) -}}
{{- end -}}
{{- end -}}
{{- range $key, $value := (default dict $c.spec.env) -}}
{{- $_ := set $env $key (tpl (toString $value) $root) -}}
{{- end -}}
{{- range $key, $value := $env }}
- name: {{ $key }}
{{- if kindIs "map" $value }}
  valueFrom:
    {{- toYaml $value | nindent 4 }}
{{- else }}
  value: {{ $value | quote }}
{{- end }}
{{- end }}
{{- end -}}

{{/* Readiness and liveness probes of a component. Same call as overcast.env. */}}
{{- define "overcast.probes" -}}
{{- $v := .root.Values -}}
{{- $p := $v.probes -}}
{{- range $kind := list "readiness" "liveness" }}
{{ $kind }}Probe:
{{- if $.component.gateway }}
  httpGet:
    path: /_overcast/health
    port: http
{{- else if eq $p.type "http" }}
  httpGet:
    path: {{ ternary $p.http.readinessPath $p.http.livenessPath (eq $kind "readiness") }}
    port: health
{{- else }}
  grpc:
    port: {{ $v.ports.grpc }}
{{- end }}
  {{- toYaml (get $p $kind) | nindent 2 }}
{{- end }}
{{- end -}}

{{/* Pod placement shared by every workload. */}}
{{- define "overcast.placement" -}}
{{- with .Values.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}

{{/*
Security context of a backend pod run as `uid` (the user its image is built for).
*/}}
{{- define "overcast.backendPodSecurityContext" -}}
runAsNonRoot: true
runAsUser: {{ .uid }}
runAsGroup: {{ .uid }}
fsGroup: {{ .uid }}
seccompProfile:
  type: RuntimeDefault
{{- end -}}
