"""Heartbeat from each depot server to the central status board, so the
office can see which depots are up and which release they run."""
import logging
import os
import shutil
import socket
import time

import requests

log = logging.getLogger("millwright.beacon")

STATUS_BOARD_URL = os.environ.get(
    "STATUS_BOARD_URL", "https://status.millwright-services.co.uk/api/heartbeat"
)
REPORTED_SETTINGS = ("APP_VERSION", "DEPOT_CODE", "DEPOT_REGION", "RELEASE_CHANNEL", "TZ")
INTERVAL_SECONDS = 60


def snapshot() -> dict:
    disk = shutil.disk_usage("/srv/millwright")
    return {
        "host": socket.gethostname(),
        "settings": {key: os.environ.get(key) for key in REPORTED_SETTINGS},
        "uptime_s": int(time.monotonic()),
        "disk_free_gb": round(disk.free / 1e9, 1),
        "load": os.getloadavg(),
    }


def beat(session: requests.Session) -> bool:
    try:
        resp = session.post(STATUS_BOARD_URL, json=snapshot(), timeout=10)
        resp.raise_for_status()
        return True
    except requests.RequestException as exc:
        log.warning("heartbeat failed: %s", exc.__class__.__name__)
        return False


def run_forever() -> None:
    with requests.Session() as session:
        while True:
            beat(session)
            time.sleep(INTERVAL_SECONDS)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run_forever()
