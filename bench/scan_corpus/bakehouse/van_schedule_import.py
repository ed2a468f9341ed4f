"""Imports weekly delivery van schedules uploaded by the transport planners.

Planners export the schedule from their routing tool as YAML and upload it on
the transport intranet page; the import fills the dispatch tables.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import time

import yaml
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

SCHEDULE_PARSER = {
    "loader": yaml.Loader,
    "max_bytes": 2 * 1024 * 1024,
}


@dataclass
class VanSlot:
    van_reg: str
    driver_id: str
    depart: time
    stores: list[str]


def parse_schedule(raw: bytes, parser: dict = SCHEDULE_PARSER) -> list[VanSlot]:
    if len(raw) > parser["max_bytes"]:
        raise ValueError("schedule file too large")
    document = yaml.load(raw, Loader=parser["loader"])
    slots = []
    for entry in document.get("vans", []):
        hh, mm = str(entry["depart"]).split(":")
        slots.append(
            VanSlot(
                van_reg=entry["reg"],
                driver_id=str(entry["driver"]),
                depart=time(int(hh), int(mm)),
                stores=list(entry.get("stores", [])),
            )
        )
    return slots


@require_POST
def upload_schedule(request: HttpRequest) -> JsonResponse:
    upload = request.FILES.get("schedule")
    if upload is None:
        return JsonResponse({"error": "no file"}, status=400)
    try:
        slots = parse_schedule(upload.read())
    except (ValueError, KeyError, yaml.YAMLError) as exc:
        return JsonResponse({"error": str(exc)}, status=422)
    from dispatch.models import DispatchSlot

    DispatchSlot.objects.bulk_create(
        [DispatchSlot(van_reg=s.van_reg, driver_id=s.driver_id, depart=s.depart, stores=s.stores) for s in slots]
    )
    return JsonResponse({"imported": len(slots)})
