"""Checks the loom maker's update server for new dobby controller firmware."""
from __future__ import annotations

import json
import logging
import os
import platform
from pathlib import Path

import requests

log = logging.getLogger("firmware")

UPDATE_URL = os.environ.get("LOOM_UPDATE_URL", "https://updates.dobbyworks.example/v1/check")
STATE_FILE = Path(os.environ.get("LOOM_STATE_FILE", "/var/lib/loomctl/state.json"))


def installed_firmware() -> str:
    try:
        return json.loads(STATE_FILE.read_text()).get("firmware", "0.0.0")
    except (OSError, json.JSONDecodeError):
        return "0.0.0"


def update_query(serial: str) -> dict:
    return {
        "serial": serial,
        "firmware": installed_firmware(),
        "channel": os.environ.get("LOOM_UPDATE_CHANNEL", "stable"),
        "host_os": platform.system(),
        "host_arch": platform.machine(),
    }


def check_for_update(serial: str) -> dict | None:
    resp = requests.get(UPDATE_URL, params=update_query(serial), timeout=15)
    resp.raise_for_status()
    info = resp.json()
    if not info.get("available"):
        log.info("loom %s firmware is current", serial)
        return None
    log.info("loom %s: firmware %s available", serial, info.get("version"))
    return info


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Check for loom controller firmware updates")
    parser.add_argument("serial")
    args = parser.parse_args()
    result = check_for_update(args.serial)
    print(json.dumps(result or {"available": False}, indent=2))
