"""Tracking events from the parcel carrier for outbound boxes and inbound returns."""
import hashlib
import hmac
import json
import logging
import os
import time
from hmac import compare_digest as same

from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from returns.models import Shipment

log = logging.getLogger(__name__)

SIGNING_KEY = os.environ["CARRIER_WEBHOOK_KEY"].encode()
TOLERANCE_S = 300


def _signature_ok(body: bytes, header: str) -> bool:
    try:
        parts = dict(item.split("=", 1) for item in header.split(","))
        ts, sig = parts["t"], parts["v1"]
    except (KeyError, ValueError):
        return False
    if abs(time.time() - int(ts)) > TOLERANCE_S:
        return False
    mac = hmac.new(SIGNING_KEY, f"{ts}.".encode() + body, hashlib.sha256).hexdigest()
    return same(mac, sig)


@csrf_exempt
@require_POST
def tracking_event(request):
    if not _signature_ok(request.body, request.headers.get("Carrier-Signature", "")):
        return HttpResponseForbidden()
    try:
        event = json.loads(request.body)
    except json.JSONDecodeError:
        return HttpResponseBadRequest()
    try:
        shipment = Shipment.objects.get(tracking_no=event["tracking_number"])
    except Shipment.DoesNotExist:
        log.info("event for unknown parcel %s", event.get("tracking_number"))
        return HttpResponse(status=204)
    if event["status"] == "delivered" and shipment.direction == "return":
        shipment.mark_received_at_warehouse(event["occurred_at"])
    elif event["status"] != shipment.last_status:
        shipment.last_status = event["status"]
        shipment.save(update_fields=["last_status"])
    return HttpResponse(status=200)
