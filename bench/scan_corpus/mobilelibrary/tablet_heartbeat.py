"""Heartbeat sent by each van tablet to the fleet service every few minutes.

The fleet dashboard shows which vans are online, their app version and how
many offline transactions are waiting to sync.  Only a fixed set of
non-sensitive settings from the environment is included.
"""
from __future__ import annotations

import os
import socket
import time
from datetime import datetime, timezone

import requests

REPORTED_SETTINGS = ("VAN_CODE", "APP_VERSION", "ROUTE_PLAN", "TABLET_MODEL")
INTERVAL_SECONDS = 180


def reported_settings() -> dict[str, str | None]:
    return {name: os.environ.get(name) for name in REPORTED_SETTINGS}


def build_heartbeat(pending: int) -> dict:
    return {
        "sent_at": datetime.now(timezone.utc).isoformat(),
        "hostname": socket.gethostname(),
        "settings": reported_settings(),
        "pending_transactions": pending,
    }


class HeartbeatClient:
    def __init__(self, base_url: str, device_token: str) -> None:
        self.url = f"{base_url.rstrip('/')}/v1/heartbeats"
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Device {device_token}"})

    def send(self, pending: int) -> bool:
        try:
            resp = self.session.post(self.url, json=build_heartbeat(pending), timeout=10)
        except requests.RequestException:
            return False
        return resp.ok


def run_forever(pending_counter) -> None:
    client = HeartbeatClient(os.environ["FLEET_SERVICE_URL"], os.environ["TABLET_DEVICE_TOKEN"])
    while True:
        client.send(pending_counter())
        time.sleep(INTERVAL_SECONDS)


if __name__ == "__main__":
    from .agent_db import pending_transaction_count

    run_forever(pending_transaction_count)
