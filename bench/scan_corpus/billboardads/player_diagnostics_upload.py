"""Diagnostics bundle sent by the screen player agent when a fault is raised.

The agent runs on the media player inside each digital billboard cabinet.
When the watchdog sees a black screen or a crash loop it gathers system
state and sends it to the fleet support API so that NOC staff can triage.
"""
from __future__ import annotations

import os
import platform
import shutil
import socket
import time
from dataclasses import dataclass

import requests


@dataclass
class AgentConfig:
    fleet_api: str
    player_id: str
    device_token: str
    ca_bundle: str = "/etc/player/fleet-ca.pem"

    @classmethod
    def load(cls) -> "AgentConfig":
        return cls(
            fleet_api=os.environ["FLEET_API_URL"],
            player_id=os.environ["PLAYER_ID"],
            device_token=os.environ["PLAYER_DEVICE_TOKEN"],
        )


def _tail(path: str, lines: int = 200) -> str:
    try:
        with open(path, "r", encoding="utf-8", errors="replace") as fh:
            return "".join(fh.readlines()[-lines:])
    except OSError:
        return ""


def _uptime() -> float | None:
    fields = _tail("/proc/uptime", 1).split()
    return float(fields[0]) if fields else None


def collect(fault: str) -> dict:
    disk = shutil.disk_usage("/var/lib/player")
    return {
        "fault": fault,
        "collected_at": int(time.time()),
        "hostname": socket.gethostname(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "disk_free_mb": disk.free // (1024 * 1024),
        "uptime_s": _uptime(),
        "environment": dict(os.environ),
        "player_log": _tail("/var/log/player/player.log"),
    }


def send(config: AgentConfig, fault: str) -> str:
    resp = requests.post(
        f"{config.fleet_api}/v1/players/{config.player_id}/diagnostics",
        json=collect(fault),
        headers={"Authorization": f"Bearer {config.device_token}"},
        verify=config.ca_bundle,
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["ticket"]


if __name__ == "__main__":
    import sys

    print(send(AgentConfig.load(), sys.argv[1] if len(sys.argv) > 1 else "manual"))
