"""Sync endpoint for actions the guest app queued while the ship had no signal.

The app batches excursion sign-ups, spa bookings and dining reservations
and replays them here once it reconnects to the onboard Wi-Fi.
"""

import logging

import jsonpickle
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from .auth import guest_required
from .handlers import ACTION_HANDLERS

log = logging.getLogger(__name__)


def _load_batch(raw: bytes) -> list:
    batch = jsonpickle.decode(raw.decode("utf-8"))
    if not isinstance(batch, list):
        raise ValueError("batch must be a list")
    return batch


@require_POST
@guest_required
def replay_offline_actions(request):
    try:
        actions = _load_batch(request.body)
    except ValueError:
        return HttpResponseBadRequest("malformed batch")

    results = []
    for action in actions:
        handler = ACTION_HANDLERS.get(action.get("type"))
        if handler is None:
            results.append({"id": action.get("id"), "status": "unsupported"})
            continue
        outcome = handler(request.guest, action.get("payload", {}))
        results.append({"id": action.get("id"), "status": outcome})
    log.info("replayed %d offline actions for guest %s", len(actions), request.guest.pk)
    return JsonResponse({"results": results})
