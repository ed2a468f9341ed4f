"""Heartbeat telemetry from the valve controllers fitted to hire organs on site."""
from __future__ import annotations

import logging
import os
import platform
import socket
import time
from dataclasses import asdict, dataclass
from typing import Any, Dict

import requests

log = logging.getLogger("controller.telemetry")


@dataclass(frozen=True)
class ControllerConfig:
    organ_id: str
    telemetry_url: str
    device_token: str
    ca_bundle: str
    firmware: str

    @classmethod
    def from_env(cls) -> "ControllerConfig":
        env = os.environ
        return cls(
            organ_id=env["ORGAN_ID"],
            telemetry_url=env["TELEMETRY_URL"],
            device_token=env["DEVICE_TOKEN"],
            ca_bundle=env.get("TELEMETRY_CA_BUNDLE", "/etc/organgrinder/ca.pem"),
            firmware=env.get("VALVE_FIRMWARE", "unknown"),
        )


@dataclass
class Heartbeat:
    organ_id: str
    firmware: str
    hostname: str
    python: str
    uptime_s: float
    valve_faults: int
    wind_pressure_mbar: float
    sent_at: int


class TelemetrySender:
    def __init__(self, config: ControllerConfig) -> None:
        self.config = config
        self.session = requests.Session()
        self.session.verify = config.ca_bundle
        self.session.headers["Authorization"] = f"Device {config.device_token}"

    def heartbeat(self, valve_faults: int, wind_pressure_mbar: float) -> Heartbeat:
        return Heartbeat(
            organ_id=self.config.organ_id,
            firmware=self.config.firmware,
            hostname=socket.gethostname(),
            python=platform.python_version(),
            uptime_s=time.monotonic(),
            valve_faults=valve_faults,
            wind_pressure_mbar=wind_pressure_mbar,
            sent_at=int(time.time()),
        )

    def send(self, valve_faults: int, wind_pressure_mbar: float) -> bool:
        payload: Dict[str, Any] = asdict(self.heartbeat(valve_faults, wind_pressure_mbar))
        try:
            resp = self.session.post(self.config.telemetry_url, json=payload, timeout=10)
            resp.raise_for_status()
        except requests.RequestException as exc:
            log.warning("heartbeat failed for %s: %s", self.config.organ_id, exc)
            return False
        return True
