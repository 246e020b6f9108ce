"""Cluster mode without Kubernetes: ``overcast cluster up|down|status|logs``.

Starts on loopback what the Helm chart starts: Redis, a Kafka-compatible broker, PostgreSQL, one
process per service (``python -m overcast_<name>``) and the gateway, with the environment the chart
sets (``overcast.cluster.env.service_environment``).

    cluster = Cluster(Path("/tmp/oc"))
    cluster.up(ClusterConfig(Path("/tmp/oc"), port=0, replicas={"sqs": 2}, gateways=2))
    cluster.endpoint          # http://127.0.0.1:<port> of the first gateway
    cluster.kill("sqs"); cluster.start("sqs")
    cluster.down()
"""

from overcast.cluster.env import service_environment
from overcast.cluster.supervisor import Cluster, ClusterConfig, ClusterError

__all__ = ["Cluster", "ClusterConfig", "ClusterError", "service_environment"]
