"""Uploads crash summaries from the ship-side guest-app backend to the fleet monitoring service."""

from __future__ import annotations

import os
import platform
import sys
import traceback
from datetime import datetime, timezone
from importlib import metadata

import requests

REPORT_SETTINGS = {
    "endpoint_env": "FLEET_MONITORING_URL",
    "token_env": "FLEET_MONITORING_TOKEN",
    "timeout": 15,
}


def _app_version() -> str:
    try:
        return metadata.version("cruise-guest-backend")
    except metadata.PackageNotFoundError:
        return "unknown"


def build_report(exc: BaseException, vessel_code: str) -> dict:
    return {
        "vessel": vessel_code,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "app_version": _app_version(),
        "python": platform.python_version(),
        "platform": platform.system(),
        "exception": type(exc).__name__,
        "trace": traceback.format_exception(exc)[-20:],
    }


def send_crash_report(exc: BaseException, vessel_code: str) -> None:
    endpoint = os.environ[REPORT_SETTINGS["endpoint_env"]].rstrip("/")
    token = os.environ[REPORT_SETTINGS["token_env"]]
    try:
        requests.post(
            f"{endpoint}/crashes",
            json=build_report(exc, vessel_code),
            headers={"Authorization": f"Bearer {token}"},
            timeout=REPORT_SETTINGS["timeout"],
        ).raise_for_status()
    except requests.RequestException as err:
        print(f"crash report not delivered: {err}", file=sys.stderr)
