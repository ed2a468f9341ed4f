"""Replicates translation units from the primary TM server to the regional mirror."""
import logging
import os
from dataclasses import dataclass

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


@dataclass
class ReplicationConfig:
    primary_url: str
    mirror_url: str
    token: str
    # internal CA that signs the TM server certificates
    ca_bundle: str | None = None
    batch_size: int = 1000

    @classmethod
    def from_env(cls) -> "ReplicationConfig":
        return cls(
            primary_url=os.environ["TM_PRIMARY_URL"],
            mirror_url=os.environ["TM_MIRROR_URL"],
            token=os.environ["TM_REPLICATION_TOKEN"],
            ca_bundle=os.environ.get("TM_CA_BUNDLE"),
        )


def _session(cfg: ReplicationConfig) -> requests.Session:
    session = requests.Session()
    session.verify = cfg.ca_bundle or True
    session.headers["Authorization"] = f"Bearer {cfg.token}"
    retries = Retry(total=5, backoff_factor=1.5, status_forcelist=(502, 503, 504))
    session.mount("https://", HTTPAdapter(max_retries=retries))
    return session


def replicate(memory_id: str, since: str, cfg: ReplicationConfig) -> int:
    http = _session(cfg)
    copied = 0
    cursor = None
    while True:
        params = {"since": since, "limit": cfg.batch_size}
        if cursor:
            params["cursor"] = cursor
        page = http.get(f"{cfg.primary_url}/api/v2/memories/{memory_id}/units",
                        params=params, timeout=60)
        page.raise_for_status()
        data = page.json()
        if data["units"]:
            push = http.post(f"{cfg.mirror_url}/api/v2/memories/{memory_id}/units:bulk",
                             json={"units": data["units"]}, timeout=120)
            push.raise_for_status()
            copied += len(data["units"])
        cursor = data.get("next")
        if not cursor:
            break
    log.info("replicated %d units of %s", copied, memory_id)
    return copied
