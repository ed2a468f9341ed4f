"""Periodic heartbeat from venue box office kiosks to the operations dashboard."""
import datetime as dt
import logging
import os
import platform
import shutil
import threading

import requests

log = logging.getLogger("kiosk.heartbeat")

HEARTBEAT_URL = "https://ops.nationalyouthchoir.org.uk/api/kiosks/heartbeat"
INTERVAL_SECONDS = 60
REPORTED_ENV = ("KIOSK_ID", "KIOSK_APP_VERSION", "VENUE_CODE", "PRINTER_MODEL")


def _status() -> dict:
    disk = shutil.disk_usage("/")
    return {
        "sent_at": dt.datetime.now(dt.timezone.utc).isoformat(),
        "os": platform.platform(),
        "disk_free_mb": disk.free // (1024 * 1024),
        "config": {name: os.environ.get(name) for name in REPORTED_ENV},
    }


class Heartbeat(threading.Thread):
    def __init__(self, interval: int = INTERVAL_SECONDS):
        super().__init__(daemon=True, name="kiosk-heartbeat")
        self.interval = interval
        self._halt = threading.Event()
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {os.environ['KIOSK_DEVICE_TOKEN']}"

    def beat(self) -> None:
        try:
            resp = self._session.post(HEARTBEAT_URL, json=_status(), timeout=10)
            resp.raise_for_status()
        except requests.RequestException as exc:
            log.warning("Heartbeat failed: %s", exc.__class__.__name__)

    def run(self) -> None:
        while not self._halt.is_set():
            self.beat()
            self._halt.wait(self.interval)

    def stop(self) -> None:
        self._halt.set()
        self._session.close()


def start() -> Heartbeat:
    hb = Heartbeat()
    hb.start()
    return hb
