"""The Helm chart, rendered offline with its defaults and with the variations people run: it lints
strictly, every object validates against Kubernetes 1.29-1.32, and it has the properties we promise
(non-root, read-only root filesystem, probes, one Deployment per enabled service, the Secret, external
backends)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import helm_python as helm
import pytest
import yaml
from deploy_chart import (
    CHART,
    KIND_VALUES,
    KUBE_VERSIONS,
    NAMESPACE,
    RELEASE,
    component_env,
    containers,
    deployments,
    lint,
    lint_problems,
    load_values,
    objects,
    pod_specs,
    render,
    schema_errors,
)
from deploy_chart import workloads as component_workloads

EXTERNAL = {
    "kafka": {"external": {"bootstrapServers": "kafka-0.kafka.example:9092,kafka-1.kafka.example:9092"}},
    "redis": {"external": {"url": "redis://cache.example:6380/2"}},
    "postgresql": {"external": {"url": "postgresql+asyncpg://app:s3cret@db.example:5432/overcast"}},
}
VARIATIONS: dict[str, dict[str, Any]] = {
    "defaults": {},
    "kind": load_values(KIND_VALUES),
    "external-backends": EXTERNAL,
    "sqs-disabled": {"services": {"sqs": {"enabled": False}}},
    "replicas": {"gateway": {"replicas": 3}, "services": {"sts": {"replicas": 2}, "sqs": {"replicas": 4}}},
    "autoscaling": {
        "gateway": {"autoscaling": {"enabled": True}},
        "services": {"sqs": {"autoscaling": {"enabled": True, "minReplicas": 3, "maxReplicas": 9}}},
    },
    "telemetry-http-probes": {
        "telemetry": {"enabled": True, "otlpEndpoint": "http://otel-collector.observability.svc:4317"},
        "probes": {"type": "http"},
        "podDisruptionBudget": {"enabled": False},
    },
    "existing-secret": {"credentials": {"existingSecret": "my-overcast-keys"}},
    "xray-disabled-s3-ephemeral": {
        "services": {"xray": {"enabled": False}, "s3": {"persistence": {"enabled": False}, "replicas": 2}}
    },
    "s3-partitioned": {"services": {"s3": {"replicas": 3}}},
    "streaming-partitioned": {
        "services": {"kinesis": {"replicas": 2}, "sns": {"replicas": 3}, "firehose": {"replicas": 2}}
    },
    "s3-storage-class-otlp-http": {
        "services": {"s3": {"persistence": {"enabled": True, "size": "50Gi", "storageClass": "fast"}}},
        "telemetry": {"otlpProtocol": "http/protobuf"},
    },
}
SERVICES = sorted(load_values(CHART / "values.yaml")["services"])


@pytest.mark.parametrize("variation", VARIATIONS)
@pytest.mark.parametrize("kube_version", [KUBE_VERSIONS[0], KUBE_VERSIONS[-1]])
def test_lints_strictly(variation: str, kube_version: str) -> None:
    report = lint(VARIATIONS[variation], kube_version=kube_version)
    assert report["total_charts_linted"] == 1
    assert lint_problems(report) == []


def test_lint_catches_a_broken_chart(tmp_path: Path) -> None:
    broken = tmp_path / "overcast"
    shutil.copytree(CHART, broken)
    workloads = broken / "templates" / "workloads.yaml"
    workloads.write_text(workloads.read_text().replace("{{- end }}\n", "", 1))
    assert lint_problems(lint(kube_version=KUBE_VERSIONS[0], chart=broken))


@pytest.mark.parametrize("variation", VARIATIONS)
@pytest.mark.parametrize("kube_version", KUBE_VERSIONS)
def test_every_object_matches_the_kubernetes_schema(variation: str, kube_version: str) -> None:
    manifests = render(VARIATIONS[variation])
    assert len(manifests) > 10
    assert schema_errors(manifests, kube_version) == []


def test_schema_validation_rejects_an_invalid_object() -> None:
    (deployment, *_) = objects(render(), "Deployment").values()
    deployment["spec"]["template"]["spec"]["containers"][0]["readinesProbe"] = {"grpc": {"port": 1}}
    deployment["spec"]["replicas"] = "three"
    errors = schema_errors([deployment], KUBE_VERSIONS[0])
    assert len(errors) == 1, errors  # the first problem found is reported per object


def test_one_deployment_and_service_per_enabled_service_plus_the_gateway() -> None:
    manifests = render()
    assert sorted(deployments(manifests)) == sorted(["gateway", *SERVICES])
    for name, deployment in objects(manifests, "Deployment").items():
        service = objects(manifests, "Service")[name]
        pod_labels = deployment["spec"]["template"]["metadata"]["labels"]
        assert service["spec"]["selector"].items() <= pod_labels.items()
        assert deployment["spec"]["selector"]["matchLabels"].items() <= pod_labels.items()
        assert (
            objects(manifests, "PodDisruptionBudget")[name]["spec"]["selector"]
            == deployment["spec"]["selector"]
        )
    # selectors never overlap: each (non-headless) Service reaches exactly one component
    selectors = [
        tuple(sorted(s["spec"]["selector"].items()))
        for s in objects(manifests, "Service").values()
        if s["spec"].get("clusterIP") != "None"
    ]
    assert len(selectors) == len(set(selectors))
    assert objects(manifests, "HorizontalPodAutoscaler") == {}


def test_a_disabled_service_disappears_everywhere() -> None:
    manifests = render(VARIATIONS["sqs-disabled"])
    assert "sqs" not in deployments(manifests)
    assert not any(
        "sqs" in name
        for kind in ("Service", "PodDisruptionBudget", "Pod")
        for name in objects(manifests, kind)
    )
    gateway_env = component_env(manifests, "gateway")
    assert "OVERCAST_SERVICE_ADDRESS_SQS" not in gateway_env
    assert "OVERCAST_SERVICE_ADDRESS_STS" in gateway_env


def test_gateway_reaches_each_service_at_its_kubernetes_service() -> None:
    manifests = render()
    env = component_env(manifests, "gateway")
    services = objects(manifests, "Service")
    addresses = {
        k.removeprefix("OVERCAST_SERVICE_ADDRESS_").lower(): v
        for k, v in env.items()
        if k.startswith("OVERCAST_SERVICE_ADDRESS_")
    }
    assert sorted(addresses) == SERVICES
    for name, address in addresses.items():
        host, port = address.rsplit(":", 1)
        assert host == f"{RELEASE}-{name}.{NAMESPACE}.svc"
        ports = {p["name"]: p for p in services[f"{RELEASE}-{name}"]["spec"]["ports"]}
        assert ports["grpc"]["port"] == int(port)
        container_port = component_env(manifests, name)["OVERCAST_PORT"]
        assert container_port == port


def test_replicas_are_rendered() -> None:
    found = {n: d["spec"]["replicas"] for n, d in deployments(render(VARIATIONS["replicas"])).items()}
    assert found == {**{name: 1 for name in SERVICES}, "gateway": 3, "sts": 2, "sqs": 4}


def test_autoscaling_replaces_fixed_replicas() -> None:
    manifests = render(VARIATIONS["autoscaling"])
    hpas = objects(manifests, "HorizontalPodAutoscaler")
    assert sorted(hpas) == [f"{RELEASE}-gateway", f"{RELEASE}-sqs"]
    sqs = hpas[f"{RELEASE}-sqs"]["spec"]
    assert (sqs["minReplicas"], sqs["maxReplicas"]) == (3, 9)
    assert sqs["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": f"{RELEASE}-sqs"}
    found = deployments(manifests)
    assert "replicas" not in found["sqs"]["spec"] and "replicas" not in found["gateway"]["spec"]
    assert found["sts"]["spec"]["replicas"] == 1


@pytest.mark.parametrize("variation", VARIATIONS)
def test_every_container_runs_locked_down(variation: str) -> None:
    for where, pod in pod_specs(render(VARIATIONS[variation])):
        pod_ctx = pod.get("securityContext", {})
        assert pod.get("automountServiceAccountToken") is False, where
        for c in containers(pod):
            ctx = {**pod_ctx, **c.get("securityContext", {})}
            label = f"{where} {c['name']}"
            assert ctx.get("runAsNonRoot") is True, label
            assert isinstance(ctx.get("runAsUser"), int) and ctx["runAsUser"] > 0, label
            assert c["securityContext"]["readOnlyRootFilesystem"] is True, label
            assert c["securityContext"]["allowPrivilegeEscalation"] is False, label
            assert c["securityContext"]["capabilities"]["drop"] == ["ALL"], label
            assert ctx.get("seccompProfile") == {"type": "RuntimeDefault"}, label
            assert "memory" in c["resources"]["limits"], label
            writable = {m["mountPath"] for m in c.get("volumeMounts", [])}
            assert "/tmp" in writable, label


@pytest.mark.parametrize("variation", ["defaults", "telemetry-http-probes"])
def test_every_long_running_container_has_probes(variation: str) -> None:
    manifests = render(VARIATIONS[variation])
    for kind in ("Deployment", "StatefulSet"):
        for name, workload in objects(manifests, kind).items():
            for c in workload["spec"]["template"]["spec"]["containers"]:
                assert "readinessProbe" in c and "livenessProbe" in c, f"{kind}/{name} {c['name']}"
    gateway = deployments(manifests)["gateway"]["spec"]["template"]["spec"]["containers"][0]
    assert gateway["readinessProbe"]["httpGet"] == {"path": "/_overcast/health", "port": "http"}
    sqs = deployments(manifests)["sqs"]["spec"]["template"]["spec"]["containers"][0]
    if variation == "defaults":
        assert sqs["readinessProbe"]["grpc"] == {"port": 50051}
    else:
        assert sqs["readinessProbe"]["httpGet"]["port"] == "health"
        assert {"name": "health", "containerPort": 8080, "protocol": "TCP"} in sqs["ports"]


def test_root_credentials_come_from_the_secret() -> None:
    manifests = render(
        {
            "credentials": {
                "accountId": "123456789012",
                "accessKeyId": "AKIAOVERCAST",
                "secretAccessKey": "shh",
            }
        }
    )
    (secret,) = objects(manifests, "Secret").values()
    for name in deployments(manifests):
        pod = deployments(manifests)[name]["spec"]["template"]["spec"]
        env = {e["name"]: e for e in pod["containers"][0]["env"]}
        for key in (
            "OVERCAST_DEFAULT_ACCOUNT_ID",
            "OVERCAST_DEFAULT_ACCESS_KEY_ID",
            "OVERCAST_DEFAULT_SECRET_ACCESS_KEY",
        ):
            assert env[key]["valueFrom"]["secretKeyRef"] == {
                "name": secret["metadata"]["name"],
                "key": key,
            }, name
        assert component_env(manifests, name)["OVERCAST_DEFAULT_ACCOUNT_ID"] == "123456789012"
        assert component_env(manifests, name)["OVERCAST_DEFAULT_SECRET_ACCESS_KEY"] == "shh"
    # no secret value is written into a manifest in clear
    workloads = yaml.safe_dump([m for m in manifests if m["kind"] != "Secret"])
    assert "shh" not in workloads and "AKIAOVERCAST" not in workloads


def test_an_existing_secret_replaces_the_charts_own() -> None:
    manifests = render(VARIATIONS["existing-secret"])
    assert objects(manifests, "Secret") == {}
    refs = {
        e["valueFrom"]["secretKeyRef"]["name"]
        for _, pod in pod_specs(manifests)
        for c in containers(pod)
        for e in c.get("env", [])
        if "valueFrom" in e
    }
    assert refs == {"my-overcast-keys"}


def test_services_get_the_backends_the_chart_runs() -> None:
    manifests = render()
    assert sorted(objects(manifests, "StatefulSet")) == [
        f"{RELEASE}-kafka",
        f"{RELEASE}-postgresql",
        f"{RELEASE}-redis",
    ]
    for sts in objects(manifests, "StatefulSet").values():
        (claim,) = sts["spec"]["volumeClaimTemplates"]
        assert claim["spec"]["resources"]["requests"]["storage"]
    env = component_env(manifests, "sqs")
    assert env["OVERCAST_REDIS_URL"] == f"redis://{RELEASE}-redis.{NAMESPACE}.svc:6379/0"
    assert env["OVERCAST_SQS_REDIS_URL"] == env["OVERCAST_REDIS_URL"]
    assert env["OVERCAST_SQS_STORE"] == "redis"
    assert env["OVERCAST_KAFKA_BOOTSTRAP_SERVERS"] == f"{RELEASE}-kafka.{NAMESPACE}.svc:9092"
    assert (
        env["OVERCAST_DATABASE_URL"]
        == f"postgresql+asyncpg://overcast:overcast@{RELEASE}-postgresql.{NAMESPACE}.svc:5432/overcast"
    )
    kafka = objects(manifests, "StatefulSet")[f"{RELEASE}-kafka"]["spec"]["template"]["spec"]["containers"][0]
    kafka_env = {e["name"]: e.get("value") for e in kafka["env"]}
    assert kafka["image"].startswith("apache/kafka:")
    assert kafka_env["KAFKA_PROCESS_ROLES"] == "broker,controller"  # KRaft: no ZooKeeper
    assert kafka_env["KAFKA_ADVERTISED_LISTENERS"] == f"PLAINTEXT://{env['OVERCAST_KAFKA_BOOTSTRAP_SERVERS']}"
    init = deployments(manifests)["sqs"]["spec"]["template"]["spec"]["initContainers"][0]
    assert init["args"][1:] == [
        f"{RELEASE}-postgresql.{NAMESPACE}.svc:5432",
        f"{RELEASE}-redis.{NAMESPACE}.svc:6379",
        f"{RELEASE}-kafka.{NAMESPACE}.svc:9092",
    ]


def test_external_backends_replace_the_statefulsets() -> None:
    manifests = render(EXTERNAL)
    assert objects(manifests, "StatefulSet") == {}
    assert not any(n.endswith(("-kafka", "-redis", "-postgresql")) for n in objects(manifests, "Service"))
    assert "POSTGRES_PASSWORD" not in next(iter(objects(manifests, "Secret").values()))["stringData"]
    for name in SERVICES:
        env = component_env(manifests, name)
        assert env["OVERCAST_REDIS_URL"] == "redis://cache.example:6380/2"
        assert env["OVERCAST_KAFKA_BOOTSTRAP_SERVERS"] == EXTERNAL["kafka"]["external"]["bootstrapServers"]
        assert env["OVERCAST_DATABASE_URL"] == EXTERNAL["postgresql"]["external"]["url"]
        assert "initContainers" not in deployments(manifests)[name]["spec"]["template"]["spec"]
    assert component_env(manifests, "sqs")["OVERCAST_SQS_REDIS_URL"] == "redis://cache.example:6380/2"


def test_telemetry_is_wired_by_otel_variables() -> None:
    """By default every process sends spans to X-Ray's OTLP port (X-Ray itself keeps its own in
    process); a collector of your own gets everyone's; without either, tracing is off."""
    xray = f"http://{RELEASE}-xray.{NAMESPACE}.svc"
    for name, env in ((n, component_env(render(), n)) for n in ["gateway", *SERVICES]):
        assert env["OTEL_SERVICE_NAME"] == f"overcast-{name}"
        assert env["OTEL_SDK_DISABLED"] == "false"
        if name == "xray":
            assert "OTEL_EXPORTER_OTLP_ENDPOINT" not in env
        else:
            assert env["OTEL_EXPORTER_OTLP_ENDPOINT"] == f"{xray}:4317"
            assert env["OTEL_EXPORTER_OTLP_PROTOCOL"] == "grpc"
    manifests = render(VARIATIONS["s3-storage-class-otlp-http"])
    assert component_env(manifests, "sqs")["OTEL_EXPORTER_OTLP_ENDPOINT"] == f"{xray}:4318"
    assert component_env(manifests, "sqs")["OTEL_EXPORTER_OTLP_PROTOCOL"] == "http/protobuf"
    manifests = render(VARIATIONS["telemetry-http-probes"])
    for name in ["gateway", *SERVICES]:
        env = component_env(manifests, name)
        assert env["OTEL_SDK_DISABLED"] == "false"
        assert env["OTEL_EXPORTER_OTLP_ENDPOINT"] == "http://otel-collector.observability.svc:4317"
    for values in ({"telemetry": {"enabled": False}}, VARIATIONS["xray-disabled-s3-ephemeral"]):
        manifests = render(values)
        for name in deployments(manifests):
            env = component_env(manifests, name)
            assert env["OTEL_SDK_DISABLED"] == "true" and "OTEL_EXPORTER_OTLP_ENDPOINT" not in env, name


def test_xray_service_exposes_otlp_and_the_daemon_port() -> None:
    manifests = render()
    ports = {
        (p["name"], p["port"], p["protocol"])
        for p in objects(manifests, "Service")[f"{RELEASE}-xray"]["spec"]["ports"]
    }
    assert {
        ("otlp-grpc", 4317, "TCP"),
        ("otlp-http", 4318, "TCP"),
        ("daemon", 2000, "UDP"),
        ("daemon-tcp", 2000, "TCP"),
    } <= ports
    (container,) = deployments(manifests)["xray"]["spec"]["template"]["spec"]["containers"]
    assert {(p["containerPort"], p["protocol"]) for p in container["ports"]} >= {(2000, "UDP"), (4317, "TCP")}
    # no other component grows extra ports
    for name in SERVICES:
        if name != "xray":
            service = objects(manifests, "Service")[f"{RELEASE}-{name}"]
            assert [p["name"] for p in service["spec"]["ports"]] == ["grpc", "health"], name


def test_s3_keeps_its_bytes_on_its_own_volume() -> None:
    manifests = render()
    (claim,) = objects(manifests, "PersistentVolumeClaim").values()
    assert claim["metadata"]["name"] == f"{RELEASE}-s3-data"
    assert claim["metadata"]["annotations"]["helm.sh/resource-policy"] == "keep"
    assert claim["spec"]["accessModes"] == ["ReadWriteOnce"]
    s3 = deployments(manifests)["s3"]["spec"]
    assert s3["replicas"] == 1
    assert s3["strategy"] == {"type": "Recreate"}  # an RWO volume cannot follow a surge pod
    pod = s3["template"]["spec"]
    volumes = {v["name"]: v for v in pod["volumes"]}
    assert volumes["data"] == {"name": "data", "persistentVolumeClaim": {"claimName": f"{RELEASE}-s3-data"}}
    (main,) = pod["containers"]
    assert {"name": "data", "mountPath": "/data"} in main["volumeMounts"]
    assert main["securityContext"]["readOnlyRootFilesystem"] is True
    assert component_env(manifests, "s3")["OVERCAST_DATA_DIR"] == "/data"
    # every other service keeps scratch state only
    for name, deployment in deployments(manifests).items():
        if name != "s3":
            data = {v["name"]: v for v in deployment["spec"]["template"]["spec"]["volumes"]}["data"]
            assert data == {"name": "data", "emptyDir": {}}, name
            assert deployment["spec"]["strategy"]["type"] == "RollingUpdate"
    sized = render(VARIATIONS["s3-storage-class-otlp-http"])
    (claim,) = objects(sized, "PersistentVolumeClaim").values()
    assert claim["spec"]["storageClassName"] == "fast"
    assert claim["spec"]["resources"]["requests"]["storage"] == "50Gi"
    assert objects(render(VARIATIONS["xray-disabled-s3-ephemeral"]), "PersistentVolumeClaim") == {}


def test_s3_replicas_partition_buckets_with_a_volume_per_pod() -> None:
    """S3 with replicas > 1: a StatefulSet (a PVC per pod, stable pod DNS names through a headless
    Service), every process gets the pods' addresses in index order, each pod its own index."""
    manifests = render(VARIATIONS["s3-partitioned"])
    assert "s3" not in deployments(manifests)
    s3 = objects(manifests, "StatefulSet")[f"{RELEASE}-s3"]["spec"]
    assert s3["replicas"] == 3
    assert s3["serviceName"] == f"{RELEASE}-s3-pods" and s3["podManagementPolicy"] == "Parallel"
    assert "strategy" not in s3 and s3["updateStrategy"] == {"type": "RollingUpdate"}
    (claim,) = s3["volumeClaimTemplates"]
    assert claim["metadata"]["name"] == "data"
    assert claim["spec"]["accessModes"] == ["ReadWriteOnce"]
    assert claim["spec"]["resources"]["requests"]["storage"] == "10Gi"
    pod = s3["template"]["spec"]
    assert "data" not in {v["name"] for v in pod["volumes"]}  # the claim template provides it
    (main,) = pod["containers"]
    assert {"name": "data", "mountPath": "/data"} in main["volumeMounts"]
    assert objects(manifests, "PersistentVolumeClaim") == {}
    headless = objects(manifests, "Service")[f"{RELEASE}-s3-pods"]["spec"]
    assert headless["clusterIP"] == "None" and headless["publishNotReadyAddresses"] is True
    assert headless["selector"] == s3["selector"]["matchLabels"] == s3["template"]["metadata"]["labels"]
    assert [p["port"] for p in headless["ports"]] == [50051]
    pods = [f"{RELEASE}-s3-{i}.{RELEASE}-s3-pods.{NAMESPACE}.svc:50051" for i in range(3)]
    for name in component_workloads(manifests):
        env = component_env(manifests, name)
        assert env["OVERCAST_SERVICE_ADDRESS_S3"] == ",".join(pods), name
        assert ("OVERCAST_REPLICA_INDEX" in env) == (name == "s3"), name
    index = component_env(manifests, "s3")["OVERCAST_REPLICA_INDEX"]
    assert index == "fieldRef:metadata.labels['apps.kubernetes.io/pod-index']"
    # without persistence: still a StatefulSet (bytes are per pod either way), on emptyDirs
    ephemeral = render(VARIATIONS["xray-disabled-s3-ephemeral"])
    s3 = objects(ephemeral, "StatefulSet")[f"{RELEASE}-s3"]["spec"]
    assert "volumeClaimTemplates" not in s3
    assert {"name": "data", "emptyDir": {}} in s3["template"]["spec"]["volumes"]
    # one replica stays a Deployment with its one PVC (test_s3_keeps_its_bytes_on_its_own_volume)
    assert "s3" in deployments(render()) and f"{RELEASE}-s3-pods" not in objects(render(), "Service")


def test_streaming_replicas_partition_their_streams_and_topics() -> None:
    """Kinesis, SNS and Firehose with replicas > 1: StatefulSets on emptyDirs (their data is in the
    backends), each pod its index, everyone the pods' addresses in order; one replica stays a Deployment."""
    manifests = render(VARIATIONS["streaming-partitioned"])
    sets = objects(manifests, "StatefulSet")
    for service, count in (("kinesis", 2), ("sns", 3), ("firehose", 2)):
        assert service not in deployments(manifests)
        spec = sets[f"{RELEASE}-{service}"]["spec"]
        assert spec["replicas"] == count and spec["serviceName"] == f"{RELEASE}-{service}-pods"
        assert "volumeClaimTemplates" not in spec
        assert {"name": "data", "emptyDir": {}} in spec["template"]["spec"]["volumes"]
        pods = [
            f"{RELEASE}-{service}-{i}.{RELEASE}-{service}-pods.{NAMESPACE}.svc:50051" for i in range(count)
        ]
        for name in component_workloads(manifests):
            env = component_env(manifests, name)
            assert env[f"OVERCAST_SERVICE_ADDRESS_{service.upper()}"] == ",".join(pods), name
        index = component_env(manifests, service)["OVERCAST_REPLICA_INDEX"]
        assert index == "fieldRef:metadata.labels['apps.kubernetes.io/pod-index']"
    assert "OVERCAST_REPLICA_INDEX" not in component_env(manifests, "sqs")
    defaults = deployments(render())
    assert {"kinesis", "sns", "firehose"} <= set(defaults)


@pytest.mark.parametrize(
    ("values", "message"),
    [
        (
            {"kinesis": {"autoscaling": {"enabled": True, "minReplicas": 2, "maxReplicas": 4}}},
            "set a fixed replicas count, not autoscaling",
        ),
        (
            {"s3": {"autoscaling": {"enabled": True, "minReplicas": 2, "maxReplicas": 4}}},
            "set a fixed replicas count, not autoscaling",
        ),
        ({"s3": {"replicas": 2, "partitioned": False}}, "persistence gives one pod its volume"),
        ({"sqs": {"replicas": 2, "persistence": {"enabled": True}}}, "persistence gives one pod its volume"),
    ],
    ids=["kinesis-autoscaling", "s3-autoscaling", "s3-not-partitioned", "sqs-volume"],
)
def test_one_volume_means_one_replica_unless_partitioned(values: dict[str, Any], message: str) -> None:
    with pytest.raises(Exception, match=message):
        render({"services": values})


def test_kafka_never_creates_topics_by_itself_and_keeps_committed_offsets() -> None:
    (kafka,) = objects(render(), "StatefulSet")[f"{RELEASE}-kafka"]["spec"]["template"]["spec"]["containers"]
    env = {e["name"]: e.get("value") for e in kafka["env"]}
    assert env["KAFKA_AUTO_CREATE_TOPICS_ENABLE"] == "false"
    assert int(env["KAFKA_OFFSETS_RETENTION_MINUTES"]) >= 365 * 24 * 60
    for name in SERVICES:
        assert component_env(render(), name)["OVERCAST_KAFKA_BOOTSTRAP_SERVERS"] == (
            f"{RELEASE}-kafka.{NAMESPACE}.svc:9092"
        )


def test_a_service_env_block_overrides_and_extends() -> None:
    manifests = render(
        {"services": {"sts": {"env": {"OVERCAST_LOG_LEVEL": "DEBUG", "EXTRA": "{{ .Release.Name }}-x"}}}}
    )
    env = component_env(manifests, "sts")
    assert env["OVERCAST_LOG_LEVEL"] == "DEBUG"
    assert env["EXTRA"] == f"{RELEASE}-x"
    assert component_env(manifests, "sqs")["OVERCAST_LOG_LEVEL"] == "INFO"
    names = [
        e["name"] for e in deployments(manifests)["sts"]["spec"]["template"]["spec"]["containers"][0]["env"]
    ]
    assert len(names) == len(set(names))


def test_helm_test_pods_run_sts_and_sqs_round_trips_through_the_gateway() -> None:
    manifests = render()
    pods = objects(manifests, "Pod")
    assert sorted(pods) == [f"{RELEASE}-test-sqs", f"{RELEASE}-test-sts"]
    gateway_port = objects(manifests, "Service")[f"{RELEASE}-gateway"]["spec"]["ports"][0]["port"]
    for name, pod in pods.items():
        assert pod["metadata"]["annotations"]["helm.sh/hook"] == "test"
        (cli,) = pod["spec"]["containers"]
        assert cli["image"].startswith("amazon/aws-cli:")
        env = {e["name"]: e for e in cli["env"]}
        assert env["AWS_ENDPOINT_URL"]["value"] == f"http://{RELEASE}-gateway.{NAMESPACE}.svc:{gateway_port}"
        assert (
            env["AWS_SECRET_ACCESS_KEY"]["valueFrom"]["secretKeyRef"]["key"]
            == "OVERCAST_DEFAULT_SECRET_ACCESS_KEY"
        )
        assert pod["spec"]["restartPolicy"] == "Never"
        script = cli["args"][0]
        if name.endswith("sts"):
            assert "aws sts get-caller-identity" in script and '"$EXPECTED_ACCOUNT"' in script
        else:
            for call in ("create-queue", "send-message", "receive-message", "delete-message", "delete-queue"):
                assert f"aws sqs {call}" in script


def test_kind_publishes_the_gateway_nodeport_on_localhost_4566() -> None:
    cluster = yaml.safe_load((KIND_VALUES.parent / "cluster.yaml").read_text())
    (node,) = cluster["nodes"]
    (mapping,) = node["extraPortMappings"]
    assert mapping["hostPort"] == 4566
    gateway = objects(render(load_values(KIND_VALUES)), "Service")[f"{RELEASE}-gateway"]["spec"]
    assert gateway["type"] == "NodePort"
    assert gateway["ports"][0]["nodePort"] == mapping["containerPort"]
    images = {
        c["image"]
        for d in deployments(render(load_values(KIND_VALUES))).values()
        for c in d["spec"]["template"]["spec"]["containers"]
    }
    assert images == {f"overcast/{name}:dev" for name in ["gateway", *SERVICES]}


@pytest.mark.parametrize(
    "values",
    [
        {"services": {"sqs": {"replica": 2}}},  # a typo in the uniform service block
        {"services": {"sqs": {"autoscaling": {"enabled": True, "maxReplicas": 0}}}},
        {"config": {"logLevel": "LOUD"}},
        {"credentials": {"accountId": "12"}},
        {"gateway": {"service": {"type": "NodePort", "nodePort": 4566}}},
        {"postgresql": {"external": {"url": "mysql://db.example/overcast"}}},
        {"telemetry": {"otlpProtocol": "http/json"}},
        {"services": {"xray": {"extraPorts": [{"name": "Bad_Name", "port": 1, "protocol": "TCP"}]}}},
        {"services": {"s3": {"persistence": {"enabled": True, "accessMode": "ReadOnlyMany"}}}},
    ],
)
def test_values_outside_the_schema_are_refused(values: dict[str, Any]) -> None:
    with pytest.raises(helm.HelmValuesError):
        render(values)
