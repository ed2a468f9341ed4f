"""Sends anonymous daily usage counts to the vendor's telemetry endpoint (self-hosted edition).

Only counters and a handful of non-sensitive deployment facts are sent; the
admin can switch this off with TELEMETRY_ENABLED=0.
"""
import logging
import os
import platform
from datetime import date

import requests

from app.config import settings
from app.stats import daily_counters

log = logging.getLogger(__name__)

REPORTED_ENV_KEYS = ("APP_VERSION", "DEPLOYMENT_REGION", "INSTALL_CHANNEL")


def _deployment_facts() -> dict:
    facts = {key.lower(): os.environ.get(key) for key in REPORTED_ENV_KEYS}
    facts["python"] = platform.python_version()
    return facts


def build_payload(day: date) -> dict:
    counters = daily_counters(day)
    return {
        "install_id": settings.install_id,
        "day": day.isoformat(),
        "deployment": _deployment_facts(),
        "counts": {
            "active_workspaces": counters.active_workspaces,
            "active_members": counters.active_members,
            "files_shared": counters.files_shared,
            "searches": counters.searches,
        },
    }


def send_daily_telemetry(day: date) -> None:
    if os.environ.get("TELEMETRY_ENABLED", "1") == "0":
        return
    try:
        resp = requests.post(settings.telemetry_url, json=build_payload(day), timeout=10)
        resp.raise_for_status()
    except requests.RequestException as exc:
        log.debug("telemetry not sent: %s", exc)
