"""Poll the lantern controller for lamp, rotation and battery readings."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

import requests

log = logging.getLogger("station.lantern")

POLLER_DEFAULTS: dict[str, Any] = {
    "controller": "192.168.60.4",
    "port": 8081,
    "interval_s": 30,
    "timeout_s": 4,
}


@dataclass
class LanternReading:
    lamp_on: bool
    lamp_hours: float
    rotation_rpm: float
    battery_v: float
    taken_at: float


def _controller_url(cfg: dict[str, Any], path: str) -> str:
    return f"http://{cfg['controller']}:{cfg['port']}{path}"


def read_once(cfg: dict[str, Any] = POLLER_DEFAULTS) -> LanternReading:
    resp = requests.get(_controller_url(cfg, "/api/status"), timeout=cfg["timeout_s"])
    resp.raise_for_status()
    body = resp.json()
    return LanternReading(
        lamp_on=body["lamp"]["state"] == "on",
        lamp_hours=float(body["lamp"]["hours"]),
        rotation_rpm=float(body["pedestal"]["rpm"]),
        battery_v=float(body["power"]["battery_v"]),
        taken_at=time.time(),
    )


def poll_forever(sink, cfg: dict[str, Any] = POLLER_DEFAULTS) -> None:
    while True:
        try:
            reading = read_once(cfg)
            sink(reading)
            if reading.battery_v < 23.5:
                log.warning("lantern battery low: %.1f V", reading.battery_v)
        except requests.RequestException as exc:
            log.error("lantern controller unreachable: %s", exc)
        time.sleep(cfg["interval_s"])
