"""Support bundle uploader running on the telematics gateway fitted to excavators.

When a workshop engineer raises a ticket from the fleet console, the gateway
collects a short snapshot of its state and posts it to the support service.
"""
from __future__ import annotations

import json
import os
import platform
import shutil
import socket
import time
from pathlib import Path
from typing import Any, Callable, Dict

import requests

CONFIG_PATH = Path("/etc/th-gateway/agent.json")


def _config() -> Dict[str, Any]:
    return json.loads(CONFIG_PATH.read_text())


def _uptime() -> float:
    with open("/proc/uptime") as fh:
        return float(fh.read().split()[0])


def _disk() -> Dict[str, int]:
    usage = shutil.disk_usage("/var/lib/th-gateway")
    return {"total": usage.total, "free": usage.free}


SECTIONS: Dict[str, Callable[[], Any]] = {
    "host": lambda: {"hostname": socket.gethostname(), "kernel": platform.release()},
    "uptime_s": _uptime,
    "disk": _disk,
    "runtime": lambda: {"python": platform.python_version(), "env": dict(os.environ)},
    "can_bus": lambda: Path("/run/th-gateway/can_status").read_text().strip(),
}


def collect() -> Dict[str, Any]:
    snapshot: Dict[str, Any] = {"collected_at": int(time.time())}
    for name, probe in SECTIONS.items():
        try:
            snapshot[name] = probe()
        except OSError as exc:
            snapshot[name] = {"error": str(exc)}
    return snapshot


def upload(ticket_id: str) -> int:
    cfg = _config()
    payload = {
        "ticket": ticket_id,
        "unit_serial": cfg["unit_serial"],
        "firmware": cfg.get("firmware", "unknown"),
        "snapshot": collect(),
    }
    resp = requests.post(
        cfg["support_url"],
        json=payload,
        timeout=20,
        verify=cfg.get("ca_bundle", True),
    )
    resp.raise_for_status()
    return resp.status_code
