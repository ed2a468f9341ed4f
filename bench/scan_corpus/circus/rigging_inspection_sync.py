"""Receives rigging inspection logs pushed by the inspectors' tablets.

Each sync posts the tablet's queued inspection objects (points, shackles,
load ratings, photos references) as a jsonpickle document.
"""
from __future__ import annotations

import logging
from datetime import datetime

import jsonpickle
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from rigging.models import InspectionEntry

log = logging.getLogger("rigging.sync")


class InspectionRecord:
    def __init__(self, point_id: str, inspector: str, passed: bool,
                 wll_kg: int, notes: str = "", checked_at: datetime | None = None):
        self.point_id = point_id
        self.inspector = inspector
        self.passed = passed
        self.wll_kg = wll_kg
        self.notes = notes
        self.checked_at = checked_at or datetime.utcnow()


def _restore_batch(body: bytes) -> list[InspectionRecord]:
    batch = jsonpickle.decode(body.decode("utf-8"))
    if not isinstance(batch, list):
        raise ValueError("expected a list of inspection records")
    return batch


@login_required
@require_POST
def sync_inspections(request: HttpRequest, venue_id: int) -> JsonResponse:
    try:
        records = _restore_batch(request.body)
    except (ValueError, UnicodeDecodeError) as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    created = 0
    for rec in records:
        InspectionEntry.objects.update_or_create(
            venue_id=venue_id,
            point_id=rec.point_id,
            checked_at=rec.checked_at,
            defaults={
                "inspector": rec.inspector,
                "passed": rec.passed,
                "wll_kg": rec.wll_kg,
                "notes": rec.notes,
            },
        )
        created += 1
    log.info("synced %d inspection records for venue %s", created, venue_id)
    return JsonResponse({"synced": created})
