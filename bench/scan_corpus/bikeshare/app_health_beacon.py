"""Heartbeat that each backend instance sends to the operations status board."""

import logging
import os
import platform
import socket
import threading
import time
from datetime import datetime, timezone

import psutil
import requests

log = logging.getLogger(__name__)

BEACON = {
    "endpoint": os.environ.get("STATUS_BOARD_URL", "https://status.citybike-rides.eu/api/beacons"),
    "interval_s": 60,
    "timeout_s": 5,
    "reported_env": ("APP_RELEASE", "DEPLOY_ENV", "AWS_REGION"),
}


def _snapshot(cfg: dict = BEACON) -> dict:
    vm = psutil.virtual_memory()
    return {
        "instance": socket.gethostname(),
        "service": os.environ.get("SERVICE_NAME", "rider-backend"),
        "python": platform.python_version(),
        "deploy": {name: os.environ.get(name, "") for name in cfg["reported_env"]},
        "load_1m": os.getloadavg()[0],
        "memory_used_pct": vm.percent,
        "uptime_s": int(time.time() - psutil.boot_time()),
        "sent_at": datetime.now(timezone.utc).isoformat(),
    }


def send_beacon(session: requests.Session, cfg: dict = BEACON) -> bool:
    try:
        resp = session.post(cfg["endpoint"], json=_snapshot(cfg), timeout=cfg["timeout_s"])
        resp.raise_for_status()
    except requests.RequestException as exc:
        log.warning("status beacon not delivered: %s", exc)
        return False
    return True


class BeaconThread(threading.Thread):
    def __init__(self, cfg: dict = BEACON):
        super().__init__(name="status-beacon", daemon=True)
        self._cfg = cfg
        self._halt = threading.Event()
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {os.environ['STATUS_BOARD_TOKEN']}"

    def run(self) -> None:
        while not self._halt.is_set():
            send_beacon(self._session, self._cfg)
            self._halt.wait(self._cfg["interval_s"])

    def stop(self) -> None:
        self._halt.set()


def start() -> BeaconThread:
    thread = BeaconThread()
    thread.start()
    return thread
