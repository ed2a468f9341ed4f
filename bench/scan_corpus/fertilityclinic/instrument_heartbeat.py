"""Heartbeat sender for lab-instrument integration gateways.

Each gateway box in the embryology and andrology labs reports every minute
to the clinic's monitoring service: software version, site, uptime and the
state of each attached instrument. Only a fixed list of non-secret settings
is taken from the environment for the report.
"""
from __future__ import annotations

import logging
import os
import socket
import time

import requests

log = logging.getLogger("gateway.heartbeat")

REPORTED_SETTINGS = ("GATEWAY_VERSION", "CLINIC_SITE_CODE", "GATEWAY_ROLE", "TZ")
STARTED = time.monotonic()


def reported_settings() -> dict[str, str]:
    return {name: os.environ.get(name, "") for name in REPORTED_SETTINGS}


def instrument_states(status_dir: str = "/run/gateway/instruments") -> dict[str, str]:
    states: dict[str, str] = {}
    try:
        entries = os.listdir(status_dir)
    except FileNotFoundError:
        return states
    for name in entries:
        with open(os.path.join(status_dir, name)) as fh:
            states[name] = fh.read().strip()[:32]
    return states


def send_heartbeat(session: requests.Session, url: str) -> None:
    payload = {
        "host": socket.gethostname(),
        "uptime_s": int(time.monotonic() - STARTED),
        "settings": reported_settings(),
        "instruments": instrument_states(),
    }
    response = session.post(url, json=payload, timeout=5)
    response.raise_for_status()


def run_forever(interval: float = 60.0) -> None:
    url = os.environ["MONITORING_HEARTBEAT_URL"]
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {os.environ['MONITORING_INGEST_TOKEN']}"
    session.verify = os.environ.get("MONITORING_CA_BUNDLE", True)
    while True:
        try:
            send_heartbeat(session, url)
        except requests.RequestException as exc:
            log.warning("heartbeat failed: %s", exc.__class__.__name__)
        time.sleep(interval)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run_forever()
