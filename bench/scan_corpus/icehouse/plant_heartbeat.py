"""Heartbeat from each plant service to the central ops monitor.

Every minute each service reports that it is alive along with a few
deployment facts, so ops can spot a depot running an old release.
"""
import logging
import os
import socket
import threading
import time

import requests

log = logging.getLogger("icehouse.heartbeat")

MONITOR_URL = os.environ.get("OPS_MONITOR_URL", "https://ops-monitor.example.net/api/heartbeats")
REPORTED_SETTINGS = ("ICEHOUSE_SITE_CODE", "ICEHOUSE_RELEASE", "ICEHOUSE_SERVICE", "TZ")
INTERVAL_S = 60


def deployment_facts() -> dict[str, str | None]:
    return {key: os.environ.get(key) for key in REPORTED_SETTINGS}


def heartbeat_payload(started_at: float) -> dict:
    return {
        "host": socket.gethostname(),
        "uptime_s": int(time.monotonic() - started_at),
        "settings": deployment_facts(),
    }


class Heartbeat(threading.Thread):
    def __init__(self, interval_s: int = INTERVAL_S):
        super().__init__(name="heartbeat", daemon=True)
        self.interval_s = interval_s
        self.started_at = time.monotonic()
        self._halt = threading.Event()
        self.session = requests.Session()

    def beat(self) -> None:
        try:
            self.session.post(MONITOR_URL, json=heartbeat_payload(self.started_at), timeout=5)
        except requests.RequestException as exc:
            log.debug("heartbeat not delivered: %s", exc)

    def run(self) -> None:
        while not self._halt.is_set():
            self.beat()
            self._halt.wait(self.interval_s)

    def stop(self) -> None:
        self._halt.set()
