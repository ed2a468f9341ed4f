"""Daily usage ping for the workshop management app.

Sends a small summary (version, enabled modules, job counts) to our hosting
partner's metrics endpoint so they can plan upgrades. Only the settings
listed below are included.
"""
import os
import platform
from datetime import date

import requests

METRICS_URL = os.environ.get("METRICS_URL", "https://metrics.hosting-partner.example/v1/usage")
REPORTED_SETTINGS = (
    "APP_VERSION",
    "APP_REGION",
    "FEATURE_CNC_GATEWAY",
    "FEATURE_CUSTOMER_PORTAL",
    "FEATURE_TRADE_API",
    "TIMEZONE",
)


def selected_settings(env=os.environ) -> dict[str, str]:
    return {name: env[name] for name in REPORTED_SETTINGS if name in env}


def build_ping(job_counts: dict[str, int], active_users: int) -> dict:
    return {
        "day": date.today().isoformat(),
        "python": platform.python_version(),
        "settings": selected_settings(),
        "jobs": {
            "staircases": job_counts.get("staircase", 0),
            "sash_windows": job_counts.get("sash_window", 0),
            "kitchens": job_counts.get("kitchen", 0),
        },
        "active_users": active_users,
    }


def send_ping(job_counts: dict[str, int], active_users: int) -> bool:
    if os.environ.get("TELEMETRY_DISABLED") == "1":
        return False
    try:
        resp = requests.post(METRICS_URL, json=build_ping(job_counts, active_users), timeout=10)
    except requests.RequestException:
        return False
    return resp.ok
