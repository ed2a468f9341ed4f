"""Heartbeat sent by the warehouse sync agent to the monitoring service.

Each site runs a small agent that syncs scanners and label printers. The
heartbeat tells the IT rota which sites are online and which build they run.
"""
from __future__ import annotations

import os
import shutil
import socket
import time
from dataclasses import asdict, dataclass, field

import requests

REPORTED_ENV_KEYS = ("FB_SITE_CODE", "FB_AGENT_VERSION", "FB_DEPLOY_RING")
INTERVAL_S = 60


@dataclass
class Heartbeat:
    hostname: str
    uptime_s: int
    disk_free_gb: float
    build: dict[str, str] = field(default_factory=dict)


def _build_metadata() -> dict[str, str]:
    return {key.lower(): os.environ.get(key, "") for key in REPORTED_ENV_KEYS}


def _uptime() -> int:
    with open("/proc/uptime", encoding="ascii") as fh:
        return int(float(fh.read().split()[0]))


def collect() -> Heartbeat:
    usage = shutil.disk_usage("/")
    return Heartbeat(
        hostname=socket.gethostname(),
        uptime_s=_uptime(),
        disk_free_gb=round(usage.free / 1e9, 1),
        build=_build_metadata(),
    )


def send(session: requests.Session, url: str, beat: Heartbeat) -> None:
    resp = session.post(url, json=asdict(beat), timeout=5)
    resp.raise_for_status()


def run_forever() -> None:
    url = os.environ["MONITORING_HEARTBEAT_URL"]
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {os.environ['MONITORING_AGENT_TOKEN']}"
    while True:
        try:
            send(session, url, collect())
        except requests.RequestException:
            pass
        time.sleep(INTERVAL_S)


if __name__ == "__main__":
    run_forever()
