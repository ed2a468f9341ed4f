"""Heartbeat that ships fermenter probe readings to the monitoring service.

Every minute the cellar gateway reads each fermenter's temperature and pH
probes and posts them. Where to send them and how often is read from the
environment of the gateway service.
"""
from __future__ import annotations

import logging
import os
import socket
import time
from dataclasses import asdict, dataclass
from datetime import datetime, timezone

import requests

log = logging.getLogger("cellar.telemetry")


@dataclass
class ProbeReading:
    fermenter: str
    temperature_c: float
    ph: float
    read_at: str


@dataclass(frozen=True)
class HeartbeatConfig:
    endpoint: str
    token: str
    interval_s: int
    gateway: str

    @classmethod
    def from_env(cls) -> "HeartbeatConfig":
        return cls(
            endpoint=os.environ["TELEMETRY_ENDPOINT"],
            token=os.environ["TELEMETRY_TOKEN"],
            interval_s=int(os.environ.get("TELEMETRY_INTERVAL_S", "60")),
            gateway=os.environ.get("CELLAR_GATEWAY_NAME", socket.gethostname()),
        )


def read_probes(bus) -> list[ProbeReading]:
    now = datetime.now(timezone.utc).isoformat()
    return [
        ProbeReading(fermenter=f.name, temperature_c=f.temperature(), ph=f.ph(), read_at=now)
        for f in bus.fermenters()
    ]


def send_heartbeat(cfg: HeartbeatConfig, session: requests.Session, readings: list[ProbeReading]):
    payload = {"gateway": cfg.gateway, "readings": [asdict(r) for r in readings]}
    resp = session.post(
        cfg.endpoint,
        json=payload,
        headers={"Authorization": f"Bearer {cfg.token}"},
        timeout=10,
    )
    resp.raise_for_status()


def run(bus) -> None:
    cfg = HeartbeatConfig.from_env()
    session = requests.Session()
    while True:
        readings = read_probes(bus)
        try:
            send_heartbeat(cfg, session, readings)
        except requests.RequestException as exc:
            log.warning("heartbeat for %d fermenters failed: %s", len(readings), exc)
        time.sleep(cfg.interval_s)
