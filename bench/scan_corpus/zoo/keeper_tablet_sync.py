"""Sync endpoint for the keeper tablet app.

Keepers record feeds, weights and behaviour observations offline on the
tablets; when the device is back on Wi-Fi it uploads its outbox here.
"""

import logging

import jsonpickle
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from husbandry.models import Observation
from husbandry.sync import apply_outbox_entry

log = logging.getLogger(__name__)

MAX_OUTBOX_BYTES = 5 * 1024 * 1024


@login_required
@require_POST
def upload_outbox(request: HttpRequest) -> JsonResponse:
    if len(request.body) > MAX_OUTBOX_BYTES:
        return JsonResponse({"error": "outbox too large"}, status=413)

    entries = jsonpickle.decode(request.body.decode("utf-8"))
    if not isinstance(entries, list):
        return JsonResponse({"error": "expected a list"}, status=400)

    applied, skipped = 0, 0
    for entry in entries:
        if Observation.objects.filter(client_uuid=entry.get("client_uuid")).exists():
            skipped += 1
            continue
        apply_outbox_entry(entry, recorded_by=request.user)
        applied += 1

    log.info("tablet %s synced %d entries (%d duplicates)",
             request.headers.get("X-Device-Id", "?"), applied, skipped)
    return JsonResponse({"applied": applied, "skipped": skipped})
