"""Courier tracking callbacks for chairs shipped from the web shop."""
import hashlib
import hmac
import json
import logging
import os
from hmac import compare_digest as same

from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from shop.models import Shipment

log = logging.getLogger(__name__)

STATUS_MAP = {
    "COLLECTED": Shipment.Status.IN_TRANSIT,
    "OUT_FOR_DELIVERY": Shipment.Status.OUT_FOR_DELIVERY,
    "DELIVERED": Shipment.Status.DELIVERED,
    "FAILED_ATTEMPT": Shipment.Status.EXCEPTION,
}


def _signing_key() -> bytes:
    return os.environ["COURIER_WEBHOOK_KEY"].encode()


def _signature_ok(body: bytes, presented: str) -> bool:
    digest = hmac.new(_signing_key(), body, hashlib.sha256).hexdigest()
    return same(digest, presented or "")


@csrf_exempt
@require_POST
def tracking_update(request):
    if not _signature_ok(request.body, request.headers.get("X-Courier-Signature", "")):
        return HttpResponseForbidden()
    event = json.loads(request.body)
    new_status = STATUS_MAP.get(event.get("event_code"))
    if new_status is None:
        return HttpResponse(status=202)
    updated = Shipment.objects.filter(tracking_number=event["tracking_number"]).update(
        status=new_status, last_event_at=event["timestamp"]
    )
    if not updated:
        log.info("tracking event for unknown parcel %s", event["tracking_number"])
    return JsonResponse({"updated": updated})
