"""Tracking updates from the courier that ships sharpened knives back to customers."""
import hashlib
import hmac as _hmac
import json
import logging
import os
from base64 import b64encode
from hmac import compare_digest as same

from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from sharpening.models import ReturnShipment

log = logging.getLogger(__name__)


def _carrier_secret() -> bytes:
    return os.environ["COURIER_WEBHOOK_SECRET"].encode()


def sign(body: bytes) -> str:
    return b64encode(_hmac.new(_carrier_secret(), body, hashlib.sha256).digest()).decode()


def signature_ok(body: bytes, header_value: str) -> bool:
    return same(sign(body), header_value or "")


@csrf_exempt
@require_POST
def tracking_update(request):
    if not signature_ok(request.body, request.headers.get("X-Courier-Signature")):
        return HttpResponseForbidden()
    try:
        payload = json.loads(request.body)
        tracking_no = payload["tracking_number"]
        state = payload["status"]
    except (ValueError, KeyError):
        return HttpResponseBadRequest()
    updated = ReturnShipment.objects.filter(tracking_number=tracking_no).update(courier_status=state)
    if not updated:
        log.info("tracking update for unknown parcel %s", tracking_no)
    elif state == "delivered":
        shipment = ReturnShipment.objects.get(tracking_number=tracking_no)
        shipment.booking.mark_complete()
    return HttpResponse(status=204)
