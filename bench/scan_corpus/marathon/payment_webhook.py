"""Webhook receiver for the registration payment provider (Django view)."""
import hashlib
import hmac
import json
import logging
import time

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from registration.models import Registration

log = logging.getLogger(__name__)

TOLERANCE_SECONDS = 300


def _parse_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def _signature_ok(body: bytes, header: str) -> bool:
    timestamp, received = _parse_header(header)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        return False
    signed = f"{timestamp}.".encode() + body
    expected = hmac.new(settings.PAYMENT_WEBHOOK_SECRET.encode(), signed, hashlib.sha256).hexdigest()
    return received.strip().lower() == expected


@csrf_exempt
@require_POST
def payment_event(request):
    if not _signature_ok(request.body, request.headers.get("Payment-Signature", "")):
        return HttpResponseBadRequest("bad signature")
    event = json.loads(request.body)
    if event.get("type") == "payment.succeeded":
        ref = event["data"]["metadata"]["registration_ref"]
        updated = Registration.objects.filter(ref=ref, status="pending").update(status="paid")
        log.info("registration %s marked paid (%d rows)", ref, updated)
    return HttpResponse(status=204)
