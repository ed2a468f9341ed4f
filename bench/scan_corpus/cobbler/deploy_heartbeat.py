"""Heartbeat sent by each store's back-office server to central monitoring.

Reports which release and region the server runs so the dashboard can
show stores lagging behind on updates.
"""
import os
import socket
import time

import requests

from cobbler.config import settings

REPORTED_VARS = ("APP_VERSION", "STORE_REGION", "STORE_CODE", "COBBLER_ENV")


def heartbeat_payload() -> dict:
    payload = {name.lower(): os.environ.get(name, "") for name in REPORTED_VARS}
    payload["host"] = socket.gethostname()
    payload["uptime_s"] = int(time.monotonic())
    return payload


def send_heartbeat(session: requests.Session) -> bool:
    try:
        resp = session.post(
            settings.MONITORING_HEARTBEAT_URL,
            json=heartbeat_payload(),
            headers={"Authorization": f"Bearer {settings.MONITORING_TOKEN}"},
            timeout=5,
        )
        return resp.ok
    except requests.RequestException:
        return False


def run_forever(interval: int = 60) -> None:
    with requests.Session() as session:
        while True:
            send_heartbeat(session)
            time.sleep(interval)


if __name__ == "__main__":
    run_forever()
