"""Heartbeat from each van tablet to the fleet dashboard.

Only a fixed set of non-secret descriptors is read from the environment and
sent; everything else about the device stays on the device.
"""

from __future__ import annotations

import logging
import os
import platform
import time
from dataclasses import asdict, dataclass

import requests

log = logging.getLogger("mobilevet.beacon")

REPORTED_ENV_VARS = ("MOBILEVET_VAN_ID", "MOBILEVET_APP_VERSION", "MOBILEVET_REGION")


@dataclass
class BeaconReading:
    battery_pct: int
    fridge_temp_c: float
    gps_fix: bool
    queued_records: int


def device_descriptor() -> dict[str, str]:
    described = {name: os.environ.get(name, "") for name in REPORTED_ENV_VARS}
    described["python"] = platform.python_version()
    described["os"] = platform.system()
    return described


class HealthBeacon:
    def __init__(self, endpoint: str, device_token: str, timeout: float = 10.0) -> None:
        self._endpoint = endpoint
        self._timeout = timeout
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Device {device_token}"

    def payload(self, reading: BeaconReading) -> dict[str, object]:
        body: dict[str, object] = asdict(reading)
        body["device"] = device_descriptor()
        body["sent_at"] = int(time.time())
        if not 2.0 <= reading.fridge_temp_c <= 8.0:
            body["alerts"] = ["vaccine_fridge_out_of_range"]
        return body

    def beat(self, reading: BeaconReading) -> bool:
        try:
            resp = self._session.post(self._endpoint, json=self.payload(reading),
                                      timeout=self._timeout)
            resp.raise_for_status()
        except requests.RequestException as exc:
            log.warning("heartbeat not delivered: %s", exc)
            return False
        return True
