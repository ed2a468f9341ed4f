"""Heartbeat from depot tablets to the fleet status service."""
import os
import socket
import time

import requests

from knacker.config import settings

HEARTBEAT_INTERVAL = 60


def _release() -> str:
    return os.environ.get("KNACKER_RELEASE", "unknown")


def build_beat(depot_code: str) -> dict:
    return {
        "depot": depot_code,
        "host": socket.gethostname(),
        "release": _release(),
        "region": os.environ.get("KNACKER_REGION", "gb"),
        "uptime_s": int(time.monotonic()),
    }


def send_beat(session: requests.Session, depot_code: str) -> bool:
    try:
        resp = session.post(settings.FLEET_STATUS_URL, json=build_beat(depot_code), timeout=10)
    except requests.RequestException:
        return False
    return resp.ok


def run(depot_code: str) -> None:
    session = requests.Session()
    session.headers["User-Agent"] = f"knacker-depot/{_release()}"
    failures = 0
    while True:
        failures = 0 if send_beat(session, depot_code) else failures + 1
        time.sleep(HEARTBEAT_INTERVAL * min(failures + 1, 5))
