"""Tracking updates pushed by the parcel carrier for shipped orders."""
import hashlib
import hmac
import json
import logging

from django.http import HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from hornworker.shipping.models import Shipment
from django.conf import settings

log = logging.getLogger(__name__)


def expected_signature(body: bytes) -> str:
    key = settings.CARRIER_WEBHOOK_SECRET.encode()
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def signature_ok(body: bytes, header_value: str) -> bool:
    return hmac.compare_digest(expected_signature(body), header_value)


@csrf_exempt
@require_POST
def tracking_update(request):
    presented = request.headers.get("X-Carrier-Signature", "")
    if not signature_ok(request.body, presented):
        log.info("rejected carrier callback from %s", request.META.get("REMOTE_ADDR"))
        return HttpResponseForbidden()
    payload = json.loads(request.body)
    shipment = Shipment.objects.filter(tracking_number=payload["tracking_number"]).first()
    if shipment is None:
        return HttpResponse(status=202)
    if payload["status"] != shipment.status:
        shipment.status = payload["status"]
        shipment.last_event_at = payload["occurred_at"]
        shipment.save(update_fields=["status", "last_event_at"])
    return HttpResponse(status=204)
