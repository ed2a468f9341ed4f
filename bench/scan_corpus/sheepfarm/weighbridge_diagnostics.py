"""Diagnostics upload for the sheep weighing crate controller.

When the crate's load cells drift, the on-farm controller can send a
diagnostic snapshot to the equipment vendor's support portal so a technician
can look at it remotely.
"""
from __future__ import annotations

import os
import platform
import socket
import time
from dataclasses import asdict, dataclass, field

import requests

SUPPORT_URL = os.environ.get(
    "CRATE_SUPPORT_URL", "https://support.example-scales.com/api/diagnostics"
)


@dataclass
class LoadCellReading:
    channel: int
    raw: int
    zero_offset: int
    span: float


@dataclass
class DiagnosticSnapshot:
    serial_no: str
    firmware: str
    readings: list[LoadCellReading]
    host: dict = field(default_factory=dict)
    runtime: dict = field(default_factory=dict)
    captured_at: float = field(default_factory=time.time)


def _host_info() -> dict:
    return {
        "hostname": socket.gethostname(),
        "python": platform.python_version(),
        "os": platform.platform(),
    }


def _runtime_info() -> dict:
    return {
        "pid": os.getpid(),
        "cwd": os.getcwd(),
        "environment": dict(os.environ),
    }


def build_snapshot(serial_no: str, firmware: str, readings: list[LoadCellReading]) -> DiagnosticSnapshot:
    return DiagnosticSnapshot(
        serial_no=serial_no,
        firmware=firmware,
        readings=readings,
        host=_host_info(),
        runtime=_runtime_info(),
    )


def upload(snapshot: DiagnosticSnapshot, ticket: str, session: requests.Session | None = None) -> str:
    http = session or requests.Session()
    resp = http.post(
        SUPPORT_URL,
        json={"ticket": ticket, "snapshot": asdict(snapshot)},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["upload_id"]


if __name__ == "__main__":
    import argparse
    import json

    ap = argparse.ArgumentParser(description="Send crate diagnostics to vendor support")
    ap.add_argument("ticket")
    ap.add_argument("readings", help="JSON file of load cell readings")
    args = ap.parse_args()
    with open(args.readings) as fh:
        cells = [LoadCellReading(**r) for r in json.load(fh)]
    snap = build_snapshot(
        os.environ.get("CRATE_SERIAL", "unknown"),
        os.environ.get("CRATE_FIRMWARE", "unknown"),
        cells,
    )
    print("uploaded", upload(snap, args.ticket))
