"""Heartbeat sent every five minutes by the telematics gateway on each machine.

The fleet console uses it to show which excavators and dumpers are online and
which firmware channel they follow.
"""
from __future__ import annotations

import os
import socket
import time
from typing import Any, Dict

import requests

REPORTED_ENV = ("TH_GATEWAY_SITE", "TH_GATEWAY_CHANNEL", "TH_GATEWAY_HW_REV")
INTERVAL_S = 300


def _reported_settings() -> Dict[str, str]:
    return {name: os.environ.get(name, "") for name in REPORTED_ENV}


def _battery_mv() -> int:
    try:
        with open("/sys/class/power_supply/aux/voltage_now") as fh:
            return int(fh.read().strip()) // 1000
    except (OSError, ValueError):
        return -1


def build_heartbeat(unit_serial: str) -> Dict[str, Any]:
    return {
        "unit": unit_serial,
        "host": socket.gethostname(),
        "sent_at": int(time.time()),
        "battery_mv": _battery_mv(),
        "settings": _reported_settings(),
    }


class HeartbeatSender:
    def __init__(self) -> None:
        self._url = os.environ["TH_FLEET_HEARTBEAT_URL"]
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {os.environ['TH_GATEWAY_TOKEN']}"
        self._session.verify = os.environ.get("TH_FLEET_CA_BUNDLE", True)

    def send(self, unit_serial: str) -> bool:
        try:
            resp = self._session.post(self._url, json=build_heartbeat(unit_serial), timeout=10)
            return resp.ok
        except requests.RequestException:
            return False

    def run_forever(self, unit_serial: str) -> None:
        while True:
            self.send(unit_serial)
            time.sleep(INTERVAL_S)
