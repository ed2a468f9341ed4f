"""Handles payment processor callbacks for notarization fees."""
import hashlib
import hmac
import json
import os
import time

from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from notary.billing.services import apply_payment_event

TOLERANCE_SECONDS = 300


def _parse_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def _valid_signature(payload: bytes, header: str) -> bool:
    timestamp, signature = _parse_header(header)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        return False
    secret = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()
    signed = f"{timestamp}.".encode() + payload
    expected = hmac.new(secret, signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


@csrf_exempt
@require_POST
def payment_event(request):
    header = request.headers.get("Payments-Signature", "")
    if not _valid_signature(request.body, header):
        return HttpResponseForbidden()
    try:
        event = json.loads(request.body)
    except ValueError:
        return HttpResponseBadRequest()
    if event.get("type") == "payment_intent.succeeded":
        apply_payment_event(event["data"]["object"])
    return HttpResponse(status=200)
