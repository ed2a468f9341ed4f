"""Heartbeat sent by the CPAP sync agent in each satellite clinic.

Every five minutes the agent reports that it is alive, how many device
uploads are waiting in its spool and how much disk is left, so the clinic's
operations dashboard can raise an alert before data is lost.
"""
from __future__ import annotations

import logging
import os
import shutil
import socket
import time
from dataclasses import dataclass
from pathlib import Path

import requests

log = logging.getLogger("sync_agent.heartbeat")

INTERVAL_SECONDS = 300


@dataclass(frozen=True)
class HeartbeatConfig:
    endpoint: str
    token: str
    site_code: str
    spool_dir: Path
    version: str

    @classmethod
    def from_env(cls) -> "HeartbeatConfig":
        return cls(
            endpoint=os.environ["OPS_HEARTBEAT_URL"],
            token=os.environ["OPS_HEARTBEAT_TOKEN"],
            site_code=os.environ["CLINIC_SITE_CODE"],
            spool_dir=Path(os.environ.get("SYNC_SPOOL_DIR", "/var/spool/sync-agent")),
            version=os.environ.get("APP_VERSION", "unknown"),
        )


def snapshot(config: HeartbeatConfig, started: float) -> dict:
    usage = shutil.disk_usage(config.spool_dir)
    return {
        "site": config.site_code,
        "host": socket.gethostname(),
        "version": config.version,
        "uptime_s": int(time.monotonic() - started),
        "spooled_uploads": sum(1 for _ in config.spool_dir.glob("*.json")),
        "disk_free_mb": usage.free // (1024 * 1024),
    }


def send(session: requests.Session, config: HeartbeatConfig, started: float) -> None:
    resp = session.post(
        config.endpoint,
        json=snapshot(config, started),
        headers={"Authorization": f"Bearer {config.token}"},
        timeout=10,
    )
    resp.raise_for_status()


def run_forever() -> None:
    config = HeartbeatConfig.from_env()
    started = time.monotonic()
    with requests.Session() as session:
        while True:
            try:
                send(session, config, started)
            except requests.RequestException as exc:
                log.warning("heartbeat to operations dashboard failed: %s", exc.__class__.__name__)
            time.sleep(INTERVAL_SECONDS)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run_forever()
