"""Kopf handlers that mint kubeadm bootstrap tokens for new NodePool members.

Each NodePool gets a short-lived ``bootstrap.kubernetes.io/token`` Secret that the
cloud-init template picks up when a VM joins the cluster.
"""
import base64
import datetime as dt
import logging
import random
import string

import kopf
import kubernetes

log = logging.getLogger(__name__)

TOKEN_ALPHABET = string.ascii_lowercase + string.digits
TOKEN_TTL = dt.timedelta(hours=2)
NAMESPACE = "kube-system"


def _b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


def _token_part(length: int) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


def new_bootstrap_token() -> tuple[str, str]:
    """Return (token-id, token-secret) in the kubeadm ``[a-z0-9]{6}.[a-z0-9]{16}`` format."""
    return _token_part(6), _token_part(16)


def _secret_body(pool: str, token_id: str, token_secret: str) -> kubernetes.client.V1Secret:
    expires = (dt.datetime.now(dt.timezone.utc) + TOKEN_TTL).strftime("%Y-%m-%dT%H:%M:%SZ")
    return kubernetes.client.V1Secret(
        metadata=kubernetes.client.V1ObjectMeta(
            name=f"bootstrap-token-{token_id}",
            namespace=NAMESPACE,
            labels={"nodepools.infra.example.io/pool": pool},
        ),
        type="bootstrap.kubernetes.io/token",
        data={
            "token-id": _b64(token_id),
            "token-secret": _b64(token_secret),
            "expiration": _b64(expires),
            "usage-bootstrap-authentication": _b64("true"),
            "usage-bootstrap-signing": _b64("true"),
            "auth-extra-groups": _b64(f"system:bootstrappers:{pool}"),
        },
    )


@kopf.on.create("infra.example.io", "v1", "nodepools")
@kopf.on.field("infra.example.io", "v1", "nodepools", field="spec.replicas")
def issue_join_token(name, patch, **_):
    api = kubernetes.client.CoreV1Api()
    token_id, token_secret = new_bootstrap_token()
    api.create_namespaced_secret(NAMESPACE, _secret_body(name, token_id, token_secret))
    patch.status["bootstrapTokenId"] = token_id
    log.info("issued bootstrap token %s for pool %s", token_id, name)


@kopf.on.startup()
def configure(settings: kopf.OperatorSettings, **_):
    kubernetes.config.load_incluster_config()
    settings.posting.level = logging.WARNING
