"""Reports the scoring server's configuration health to the club's monitor.

The monitor shows, per club, whether each required setting is present;
only presence flags and non-secret version facts are sent, never the
values themselves.
"""
from __future__ import annotations

import logging
import os
import platform
from datetime import datetime, timezone
from typing import Dict

import requests

log = logging.getLogger("bridgeclub.health")

REQUIRED_SETTINGS = (
    "SCORING_DATABASE_URL",
    "FEDERATION_API_URL",
    "FEDERATION_API_TOKEN",
    "FEDERATION_WEBHOOK_SECRET",
    "PAYMENTS_SECRET_KEY",
    "BRIDGECLUB_HAND_RECORD_DIR",
)


def settings_presence() -> Dict[str, bool]:
    return {name: bool(os.environ.get(name)) for name in REQUIRED_SETTINGS}


def build_report(club_code: str) -> dict:
    presence = settings_presence()
    return {
        "club": club_code,
        "reported_at": datetime.now(timezone.utc).isoformat(),
        "python": platform.python_version(),
        "settings_present": presence,
        "healthy": all(presence.values()),
    }


def send_report(monitor_url: str, club_code: str, timeout: float = 10.0) -> bool:
    report = build_report(club_code)
    try:
        resp = requests.post(monitor_url, json=report, timeout=timeout)
        resp.raise_for_status()
    except requests.RequestException as err:
        log.warning("health report not delivered: %s", err)
        return False
    missing = [name for name, ok in report["settings_present"].items() if not ok]
    if missing:
        log.warning("missing settings: %s", ", ".join(missing))
    return True


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    monitor = os.environ.get("CLUB_MONITOR_URL")
    club = os.environ.get("SCORER_CLUB_CODE")
    if monitor and club:
        send_report(monitor, club)
