"""Offline sync endpoint for the housekeeping tablet app.

Attendants keep working when the Wi-Fi drops in stairwells and back
corridors; the tablet queues room status changes and uploads the queue as
one batch when it reconnects.
"""
import logging

import jsonpickle
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from .models import RoomStatusChange

log = logging.getLogger(__name__)

VALID_STATUSES = {"dirty", "in_progress", "clean", "inspected", "out_of_order"}


@login_required
@require_POST
def upload_queue(request: HttpRequest) -> JsonResponse:
    batch = jsonpickle.decode(request.body.decode("utf-8"))
    applied, skipped = 0, []
    with transaction.atomic():
        for item in batch.get("changes", []):
            if item.get("status") not in VALID_STATUSES:
                skipped.append(item.get("room"))
                continue
            RoomStatusChange.objects.create(
                property_code=batch["property"],
                room=item["room"],
                status=item["status"],
                changed_at=item["at"],
                staff=request.user,
                device_id=batch.get("device"),
            )
            applied += 1
    log.info("device %s synced %d changes (%d skipped)", batch.get("device"), applied, len(skipped))
    return JsonResponse({"applied": applied, "skipped": skipped})
