"""Periodic heartbeat from studio front-desk tablets to the fleet monitor.

Runs as a small background loop on each tablet; the monitor flags tablets
that have not checked in for more than a few intervals.
"""
import logging
import platform
import socket
import time
from dataclasses import dataclass, field

import requests

log = logging.getLogger(__name__)

DEFAULTS = {
    "monitor_base": "http://172.31.9.44:8088",
    "interval_s": 60,
    "timeout_s": 5,
}


@dataclass
class HeartbeatConfig:
    studio_code: str
    tablet_name: str
    options: dict = field(default_factory=lambda: dict(DEFAULTS))


def build_payload(cfg: HeartbeatConfig) -> dict:
    return {
        "studio": cfg.studio_code,
        "tablet": cfg.tablet_name,
        "host": socket.gethostname(),
        "os": platform.platform(),
        "ts": int(time.time()),
    }


def send_heartbeat(cfg: HeartbeatConfig) -> bool:
    url = f"{cfg.options['monitor_base']}/tablets/heartbeat"
    try:
        resp = requests.post(url, json=build_payload(cfg), timeout=cfg.options["timeout_s"])
        resp.raise_for_status()
    except requests.RequestException as exc:
        log.warning("heartbeat failed for %s: %s", cfg.tablet_name, exc)
        return False
    return True


def run_forever(cfg: HeartbeatConfig) -> None:
    while True:
        send_heartbeat(cfg)
        time.sleep(cfg.options["interval_s"])
