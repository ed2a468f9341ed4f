"""Collects a diagnostic bundle from a tempering machine controller.

When a tempering unit faults, the line engineer runs this on the controller
PC; the bundle is uploaded to the equipment vendor's support portal so that
they can open a service ticket.
"""
from __future__ import annotations

import json
import os
import platform
import socket
import time
from pathlib import Path

import requests

CONTROLLER_LOG_DIR = Path(os.environ.get("TEMPER_LOG_DIR", "/var/log/temper"))


def _recent_faults(limit: int = 200) -> list[str]:
    path = CONTROLLER_LOG_DIR / "faults.log"
    if not path.exists():
        return []
    return path.read_text(errors="replace").splitlines()[-limit:]


def _runtime_context() -> dict:
    return {
        "hostname": socket.gethostname(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "process_env": dict(os.environ),
        "uptime_s": time.monotonic(),
    }


def build_bundle(machine_serial: str, fault_code: str) -> dict:
    return {
        "machine_serial": machine_serial,
        "fault_code": fault_code,
        "collected_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "faults": _recent_faults(),
        "context": _runtime_context(),
    }


def upload_bundle(bundle: dict, portal_url: str, ticket_ref: str) -> int:
    resp = requests.post(
        f"{portal_url.rstrip('/')}/tickets/{ticket_ref}/attachments",
        data=json.dumps(bundle),
        headers={"Content-Type": "application/json"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.status_code


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Upload tempering diagnostics")
    parser.add_argument("serial")
    parser.add_argument("fault")
    parser.add_argument("ticket")
    args = parser.parse_args()
    portal = os.environ["VENDOR_SUPPORT_PORTAL"]
    print(upload_bundle(build_bundle(args.serial, args.fault), portal, args.ticket))
