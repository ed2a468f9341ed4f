"""Posts high-severity wheel defect alerts to the depot control room channel."""
import os
import socket
from datetime import datetime, timezone

import requests

from wheeltapper.defects import Defect

SEVERITY_COLOURS = {"A": "#d32f2f", "B": "#f57c00", "C": "#fbc02d"}
ALERT_SEVERITIES = {"A", "B"}


def _origin() -> dict:
    return {
        "depot": os.environ.get("WT_DEPOT_CODE", "UNKNOWN"),
        "release": os.environ.get("WT_RELEASE", "dev"),
        "host": socket.gethostname(),
    }


def _card(defect: Defect) -> dict:
    return {
        "title": f"{defect.defect_type} on {defect.vehicle_number} axle {defect.axle_position}",
        "colour": SEVERITY_COLOURS.get(defect.severity, "#607d8b"),
        "fields": [
            {"name": "Severity", "value": defect.severity},
            {"name": "Measured", "value": f"{defect.measured_value} {defect.unit}"},
            {"name": "Limit", "value": f"{defect.limit_value} {defect.unit}"},
            {"name": "Inspector", "value": defect.inspector_card},
        ],
    }


def post_alert(defect: Defect) -> bool:
    if defect.severity not in ALERT_SEVERITIES:
        return False
    webhook_url = os.environ["WT_CONTROL_ROOM_WEBHOOK"]
    payload = {
        "sent_at": datetime.now(timezone.utc).isoformat(),
        "origin": _origin(),
        "card": _card(defect),
    }
    resp = requests.post(webhook_url, json=payload, timeout=10)
    resp.raise_for_status()
    return True
