"""Webhook from the courier that delivers small extras.

Small items (heaters, festoon kits, spare pegs) go out by courier rather
than on our trucks. The courier posts status updates signed with a shared
secret; a "delivered" update ticks the item off the booking's checklist.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from bookings.models import ExtraShipment

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "HTTP_X_COURIER_SIGNATURE"


def _expected_signature(body: bytes) -> str:
    secret = os.environ["COURIER_WEBHOOK_SECRET"].encode("utf-8")
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def signature_ok(body: bytes, supplied: str) -> bool:
    return hmac.compare_digest(_expected_signature(body), supplied)


@csrf_exempt
@require_POST
def courier_status(request):
    supplied = request.META.get(SIGNATURE_HEADER, "")
    if not signature_ok(request.body, supplied):
        log.warning("courier webhook signature mismatch")
        return HttpResponseForbidden()
    try:
        event = json.loads(request.body)
        tracking = event["tracking_number"]
        status = event["status"]
    except (ValueError, KeyError):
        return HttpResponseBadRequest()

    shipment = ExtraShipment.objects.filter(tracking_number=tracking).first()
    if shipment is None:
        log.info("courier update for unknown tracking number %s", tracking)
        return HttpResponse(status=204)
    if status == "delivered" and shipment.status != "delivered":
        shipment.status = "delivered"
        shipment.delivered_at = event.get("timestamp")
        shipment.save(update_fields=["status", "delivered_at"])
    elif status == "exception":
        shipment.status = "exception"
        shipment.save(update_fields=["status"])
    return HttpResponse(status=204)
