"""Upload endpoint for partner agencies' preferred delivery windows.

Agencies upload a small YAML file listing the days and time windows they can
receive a van, plus any access notes for the driver.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import time

import yaml
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

WEEKDAYS = {"mon", "tue", "wed", "thu", "fri", "sat"}
MAX_UPLOAD = 64 * 1024


@dataclass
class DeliveryWindow:
    day: str
    start: time
    end: time


def _parse_windows(doc: dict) -> list[DeliveryWindow]:
    windows = []
    for entry in doc.get("windows", []):
        day = str(entry["day"]).lower()[:3]
        if day not in WEEKDAYS:
            raise ValueError(f"unknown day {entry['day']!r}")
        start, end = time.fromisoformat(str(entry["from"])), time.fromisoformat(str(entry["to"]))
        if end <= start:
            raise ValueError("window end must be after start")
        windows.append(DeliveryWindow(day, start, end))
    return windows


@require_POST
def upload_schedule(request: HttpRequest, agency_id: int) -> JsonResponse:
    upload = request.FILES.get("schedule")
    if upload is None or upload.size > MAX_UPLOAD:
        return JsonResponse({"error": "missing or oversized file"}, status=400)
    try:
        doc = yaml.safe_load(upload.read().decode("utf-8")) or {}
        windows = _parse_windows(doc)
    except (yaml.YAMLError, ValueError, KeyError, UnicodeDecodeError) as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    return JsonResponse(
        {
            "agency_id": agency_id,
            "windows": [
                {"day": w.day, "from": w.start.isoformat("minutes"), "to": w.end.isoformat("minutes")}
                for w in windows
            ],
            "access_notes": str(doc.get("access_notes", ""))[:500],
        }
    )
