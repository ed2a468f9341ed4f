"""Periodic heartbeat from the beach check-in tablets to the club server.

The server shows which tablets are online on session mornings and which
app build each one runs.
"""
from __future__ import annotations

import logging
import os
import platform
import socket
import time
from datetime import datetime, timezone

import requests

log = logging.getLogger("heartbeat")

APP_VERSION = "2.7.1"
HEARTBEAT_URL = os.environ.get("HEARTBEAT_URL", "https://club.seaswim.example.org/api/tablets/heartbeat")
INTERVAL_SECONDS = int(os.environ.get("HEARTBEAT_INTERVAL", "60"))


def heartbeat_payload() -> dict:
    return {
        "tablet": socket.gethostname(),
        "beach": os.environ.get("TABLET_BEACH", "unassigned"),
        "app_version": APP_VERSION,
        "os": platform.system(),
        "sent_at": datetime.now(timezone.utc).isoformat(),
    }


def send_once(session: requests.Session) -> bool:
    try:
        resp = session.post(HEARTBEAT_URL, json=heartbeat_payload(), timeout=5)
        return resp.status_code == 204
    except requests.RequestException as exc:
        log.warning("Heartbeat failed: %s", exc.__class__.__name__)
        return False


def run_forever() -> None:
    session = requests.Session()
    misses = 0
    while True:
        if send_once(session):
            misses = 0
        else:
            misses += 1
            if misses % 5 == 0:
                log.error("Tablet has missed %d heartbeats in a row", misses)
        time.sleep(INTERVAL_SECONDS)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run_forever()
