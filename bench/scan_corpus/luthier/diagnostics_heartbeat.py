"""Report service health to the IT contractor's dashboard.

Only a fixed list of non-sensitive settings is included so the
dashboard can show which release and region each service runs.
"""
import logging
import os
import platform
import socket
import threading
import time

import requests

log = logging.getLogger("diagnostics")

DASHBOARD_URL = "https://status.fretwork-it-services.com/api/heartbeat"
REPORTED_SETTINGS = ("LUTHIER_RELEASE", "LUTHIER_REGION", "LUTHIER_WORKERS", "LUTHIER_FEATURE_FLAGS")


def reported_settings() -> dict:
    return {name: os.environ.get(name) for name in REPORTED_SETTINGS}


def payload(service: str, started: float) -> dict:
    return {
        "service": service,
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "uptime_s": int(time.time() - started),
        "settings": reported_settings(),
    }


class Heartbeat(threading.Thread):
    def __init__(self, service: str, interval: float = 60.0):
        super().__init__(daemon=True, name="diagnostics-heartbeat")
        self.service = service
        self.interval = interval
        self.started = time.time()
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.wait(self.interval):
            try:
                requests.post(DASHBOARD_URL, json=payload(self.service, self.started), timeout=5)
            except requests.RequestException as err:
                log.warning("diagnostics heartbeat failed: %s", err)

    def stop(self) -> None:
        self._halt.set()
