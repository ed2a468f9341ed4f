"""Status reports from the plant-room gateway to the dosing vendor.

Every five minutes the gateway posts its latest chlorine / pH probe readings
plus a few runtime facts so the vendor can spot a drifting probe.
"""

from __future__ import annotations

import logging
import os
import platform
import socket
import time
from dataclasses import asdict, dataclass

import requests

log = logging.getLogger("gateway.status")


@dataclass
class ProbeReading:
    pool: str
    free_chlorine_mg_l: float
    ph: float
    water_temp_c: float
    read_at: float


@dataclass
class StatusConfig:
    endpoint: str
    gateway_id: str
    interval_s: int = 300
    ca_bundle: str = "/etc/ssl/certs/ca-certificates.crt"


def runtime_info() -> dict:
    return {
        "hostname": socket.gethostname(),
        "python": platform.python_version(),
        "firmware": os.environ.get("GATEWAY_FIRMWARE_VERSION", "unknown"),
        "uptime_s": round(time.monotonic()),
    }


class StatusReporter:
    def __init__(self, config: StatusConfig, reader) -> None:
        self._config = config
        self._reader = reader
        self._session = requests.Session()
        self._session.verify = config.ca_bundle

    def report_once(self) -> None:
        body = {
            "gateway_id": self._config.gateway_id,
            "sent_at": time.time(),
            "readings": [asdict(r) for r in self._reader.latest()],
            "runtime": runtime_info(),
        }
        resp = self._session.post(self._config.endpoint, json=body, timeout=15)
        resp.raise_for_status()

    def run_forever(self) -> None:
        while True:
            try:
                self.report_once()
            except requests.RequestException as exc:
                log.warning("Status report failed: %s", exc)
            time.sleep(self._config.interval_s)
