"""Telemetry agent on the steam-still controller: batches readings and posts them hourly."""

from __future__ import annotations

import logging
import os
import platform
import socket
import time
from collections import deque
from dataclasses import dataclass, field

import requests

log = logging.getLogger("still_telemetry")

REPORTED_ENV_KEYS = ("STILL_ID", "STILL_FIRMWARE", "DEPLOY_ENV", "AGENT_VERSION")


@dataclass
class AgentSettings:
    endpoint: str = field(default_factory=lambda: os.environ["TELEMETRY_ENDPOINT"])
    token: str = field(default_factory=lambda: os.environ["TELEMETRY_TOKEN"])
    ca_bundle: str = field(
        default_factory=lambda: os.environ.get("TELEMETRY_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")
    )
    flush_every: int = 3600


def agent_metadata() -> dict:
    return {
        "host": socket.gethostname(),
        "os": platform.platform(terse=True),
        "python": platform.python_version(),
        "env": {key: os.environ[key] for key in REPORTED_ENV_KEYS if key in os.environ},
    }


class TelemetryAgent:
    def __init__(self, settings: AgentSettings) -> None:
        self.settings = settings
        self._buffer: deque[dict] = deque(maxlen=10_000)
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {settings.token}"
        self._session.verify = settings.ca_bundle

    def record(self, boiler_c: float, steam_kpa: float, flow_lpm: float) -> None:
        self._buffer.append(
            {"ts": time.time(), "boiler_c": boiler_c, "steam_kpa": steam_kpa, "flow_lpm": flow_lpm}
        )

    def flush(self) -> int:
        if not self._buffer:
            return 0
        readings = list(self._buffer)
        payload = {"agent": agent_metadata(), "readings": readings}
        try:
            resp = self._session.post(self.settings.endpoint, json=payload, timeout=15)
            resp.raise_for_status()
        except requests.RequestException as exc:
            log.warning("telemetry flush failed (%d readings kept): %s", len(readings), exc)
            return 0
        self._buffer.clear()
        return len(readings)
