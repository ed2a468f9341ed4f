"""Builds and sends a support bundle to the ETS vendor when a clock readout
fails on the club PC.

Only an explicit allow-list of harmless settings is included; credentials and
the rest of the process environment never leave the machine.
"""
from __future__ import annotations

import os
import platform
import sys
from datetime import datetime, timezone
from pathlib import Path

import requests

SAFE_ENV_KEYS = ("ETS_SOFTWARE_VERSION", "ETS_COM_PORT", "ETS_CLOCK_MODEL", "TZ", "LANG")
LOG_FILE = Path(os.environ.get("ETS_LOG_DIR", Path.home() / ".ets" / "logs")) / "readout.log"


def safe_settings() -> dict[str, str]:
    return {key: os.environ[key] for key in SAFE_ENV_KEYS if key in os.environ}


def recent_log_lines(limit: int = 200) -> list[str]:
    if not LOG_FILE.exists():
        return []
    with LOG_FILE.open(encoding="utf-8", errors="replace") as fh:
        return [line.rstrip("\n") for line in fh.readlines()[-limit:]]


def build_bundle(clock_serial: str, race_id: int, error: str) -> dict:
    return {
        "clock_serial": clock_serial,
        "race_id": race_id,
        "error": error,
        "created_at": datetime.now(timezone.utc).isoformat(),
        "host": {"os": platform.platform(), "python": sys.version.split()[0]},
        "settings": safe_settings(),
        "log_tail": recent_log_lines(),
    }


def send_bundle(bundle: dict) -> str:
    resp = requests.post(os.environ["ETS_SUPPORT_URL"], json=bundle, timeout=15)
    resp.raise_for_status()
    return resp.json().get("ticket", "")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("clock_serial")
    parser.add_argument("race_id", type=int)
    parser.add_argument("--error", default="readout failed")
    args = parser.parse_args()
    print("ticket:", send_bundle(build_bundle(args.clock_serial, args.race_id, args.error)))
