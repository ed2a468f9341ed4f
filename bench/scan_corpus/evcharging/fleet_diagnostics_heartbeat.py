"""Periodic heartbeat from each CSMS worker to the fleet status dashboard."""
from __future__ import annotations

import logging
import os
import socket
import threading
import time

import requests

log = logging.getLogger("csms.heartbeat")

REPORTED_ENV_KEYS = ("VG_RELEASE", "VG_REGION", "VG_DEPLOYMENT", "VG_WORKER_POOL")


def build_status(connected_charge_points: int) -> dict:
    deployment = {key.removeprefix("VG_").lower(): os.environ.get(key) for key in REPORTED_ENV_KEYS}
    return {
        "worker": socket.gethostname(),
        "pid": os.getpid(),
        "connected_charge_points": connected_charge_points,
        "deployment": deployment,
        "sent_at": int(time.time()),
    }


class Heartbeat(threading.Thread):
    def __init__(self, dashboard_url: str, registry, interval: float = 30.0) -> None:
        super().__init__(name="fleet-heartbeat", daemon=True)
        self.dashboard_url = dashboard_url
        self.registry = registry
        self.interval = interval
        self._halt = threading.Event()

    def run(self) -> None:
        session = requests.Session()
        while not self._halt.wait(self.interval):
            status = build_status(self.registry.count_connected())
            try:
                session.post(self.dashboard_url, json=status, timeout=5)
            except requests.RequestException as exc:
                log.debug("heartbeat not delivered: %s", exc)

    def stop(self) -> None:
        self._halt.set()


def start_heartbeat(registry) -> Heartbeat | None:
    url = os.environ.get("VG_FLEET_DASHBOARD_URL")
    if not url:
        log.info("fleet dashboard not configured, heartbeat disabled")
        return None
    beat = Heartbeat(url, registry)
    beat.start()
    return beat
