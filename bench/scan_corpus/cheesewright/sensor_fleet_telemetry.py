"""Telemetry from cave gateways describing firmware and deployment details."""
from __future__ import annotations

import logging
import os
import platform
import socket
import time

import requests

from cheesewright.gateway import local_probe_status
from cheesewright.settings import TELEMETRY_URL

logger = logging.getLogger(__name__)

REPORTED_VARIABLES = ("CHEESEWRIGHT_RELEASE", "CHEESEWRIGHT_SITE", "CAVE_FIRMWARE_CHANNEL", "TZ")


def deployment_facts() -> dict:
    facts = {name: os.environ.get(name) for name in REPORTED_VARIABLES}
    facts.update({"hostname": socket.gethostname(), "python": platform.python_version()})
    return facts


def firmware_summary() -> dict:
    versions = {}
    for probe in local_probe_status():
        versions[probe["firmware"]] = versions.get(probe["firmware"], 0) + 1
    return versions


def report(cave_id: str) -> None:
    body = {
        "cave_id": cave_id,
        "reported_at": int(time.time()),
        "deployment": deployment_facts(),
        "probe_firmware": firmware_summary(),
    }
    try:
        requests.post(f"{TELEMETRY_URL}/gateways/{cave_id}", json=body, timeout=10).raise_for_status()
    except requests.RequestException as exc:
        logger.warning("Telemetry for cave %s not sent: %s", cave_id, exc)


if __name__ == "__main__":
    report(os.environ.get("CHEESEWRIGHT_SITE", "cave-1"))
