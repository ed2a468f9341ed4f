"""Uploads nightly vest diagnostics from the arena controller to the fleet service."""
from __future__ import annotations

import logging
import os
import platform
import socket
from dataclasses import asdict, dataclass

import requests

log = logging.getLogger("laserquest.diagnostics")

SHAREABLE_ENV_KEYS = ("ARENA_CODE", "CONTROLLER_VERSION", "VEST_PROTOCOL", "TZ")


@dataclass
class VestDiagnostic:
    serial: str
    firmware: str
    shots_fired: int
    ir_sensor_faults: int
    battery_cycles: int


def _host_facts() -> dict:
    facts = {
        "hostname": socket.gethostname(),
        "python": platform.python_version(),
        "kernel": platform.release(),
    }
    facts["config"] = {k: os.environ[k] for k in SHAREABLE_ENV_KEYS if k in os.environ}
    return facts


def collect(controller_url: str) -> list[VestDiagnostic]:
    resp = requests.get(f"{controller_url}/diagnostics", timeout=10)
    resp.raise_for_status()
    return [VestDiagnostic(**item) for item in resp.json()["vests"]]


def upload(diagnostics: list[VestDiagnostic]) -> None:
    resp = requests.post(
        os.environ["FLEET_DIAGNOSTICS_URL"],
        json={
            "host": _host_facts(),
            "vests": [asdict(d) for d in diagnostics],
            "faulty": [d.serial for d in diagnostics if d.ir_sensor_faults > 3],
        },
        headers={"Authorization": f"Bearer {os.environ['FLEET_API_TOKEN']}"},
        timeout=30,
    )
    resp.raise_for_status()
    log.info("uploaded diagnostics for %d vests", len(diagnostics))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    upload(collect(os.environ["VEST_CONTROLLER_URL"]))
