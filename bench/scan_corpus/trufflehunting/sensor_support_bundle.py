"""Support bundle for the orchard soil-sensor gateway.

Sent to the sensor vendor when a support ticket is opened.  Only a short
allow-list of non-secret settings is included, so the vendor can see how the
gateway is configured without receiving credentials.
"""
from __future__ import annotations

import logging
import os
import platform
import shutil
import time

import httpx

log = logging.getLogger("sensors.support")

SHAREABLE_SETTINGS = (
    "SENSOR_GATEWAY_ID",
    "SENSOR_POLL_INTERVAL_S",
    "SENSOR_PROBE_MODEL",
    "SENSOR_FIRMWARE_CHANNEL",
    "TZ",
)


def shareable_config() -> dict[str, str]:
    return {key: os.environ[key] for key in SHAREABLE_SETTINGS if key in os.environ}


def system_facts() -> dict:
    disk = shutil.disk_usage("/")
    return {
        "python": platform.python_version(),
        "kernel": platform.release(),
        "machine": platform.machine(),
        "uptime_s": round(time.monotonic()),
        "disk_free_mb": disk.free // (1024 * 1024),
    }


def recent_probe_errors(log_path: str, limit: int = 200) -> list[str]:
    try:
        with open(log_path, encoding="utf-8", errors="replace") as fh:
            lines = [ln.rstrip() for ln in fh if "probe" in ln and "ERROR" in ln]
    except FileNotFoundError:
        return []
    return lines[-limit:]


def send_bundle(ticket: str) -> str:
    base = os.environ["SENSOR_SUPPORT_URL"].rstrip("/")
    bundle = {
        "ticket": ticket,
        "config": shareable_config(),
        "system": system_facts(),
        "probe_errors": recent_probe_errors(os.environ.get("SENSOR_LOG", "/var/log/probes.log")),
    }
    with httpx.Client(timeout=30.0) as client:
        resp = client.post(f"{base}/tickets/{ticket}/diagnostics", json=bundle)
        resp.raise_for_status()
    upload_id = resp.json()["upload_id"]
    log.info("support bundle for ticket %s uploaded as %s", ticket, upload_id)
    return upload_id


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    print(send_bundle(sys.argv[1]))
