"""Heartbeat sent by each on-site DICOM router to the central monitoring service.

The heartbeat carries build and deployment labels from the environment so the
NOC dashboard can tell which release a site runs; only an explicit list of
non-secret variables is read for it.
"""
from __future__ import annotations

import logging
import os
import shutil
import socket
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("router.heartbeat")

REPORTED_VARS = ("ROUTER_VERSION", "ROUTER_CHANNEL", "DEPLOY_REGION", "SITE_CODE", "TZ")


@dataclass(frozen=True)
class HeartbeatConfig:
    endpoint: str
    token: str
    ca_bundle: str
    spool_dir: str = "/var/spool/dicom-router"
    interval_s: int = 60

    @classmethod
    def from_env(cls) -> "HeartbeatConfig":
        return cls(
            endpoint=os.environ["NOC_HEARTBEAT_URL"],
            token=os.environ["NOC_HEARTBEAT_TOKEN"],
            ca_bundle=os.environ.get("NOC_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt"),
        )


def deployment_labels() -> dict[str, str]:
    return {name.lower(): os.environ[name] for name in REPORTED_VARS if name in os.environ}


def heartbeat_payload(cfg: HeartbeatConfig) -> dict:
    usage = shutil.disk_usage(cfg.spool_dir)
    return {
        "host": socket.gethostname(),
        "sent_at": int(time.time()),
        "labels": deployment_labels(),
        "spool_free_bytes": usage.free,
        "spool_files": sum(1 for _ in os.scandir(cfg.spool_dir)),
    }


def run_forever(cfg: HeartbeatConfig) -> None:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {cfg.token}"
    while True:
        try:
            resp = session.post(cfg.endpoint, json=heartbeat_payload(cfg), verify=cfg.ca_bundle, timeout=10)
            resp.raise_for_status()
        except requests.RequestException as exc:
            log.warning("heartbeat failed: %s", exc.__class__.__name__)
        time.sleep(cfg.interval_s)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run_forever(HeartbeatConfig.from_env())
