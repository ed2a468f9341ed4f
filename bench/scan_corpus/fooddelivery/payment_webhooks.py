"""Webhook receiver for payment status notifications from the card acquirer."""
import hashlib
import hmac
import json
import os
import time

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from payments.services import apply_payment_event

TOLERANCE_SECONDS = 300


def _secret() -> bytes:
    return os.environ["ACQUIRER_WEBHOOK_SECRET"].encode()


def _valid_signature(header: str, body: bytes) -> bool:
    try:
        parts = dict(item.split("=", 1) for item in header.split(","))
        timestamp, signature = parts["t"], parts["v1"]
    except (KeyError, ValueError):
        return False
    if abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        return False
    expected = hmac.new(_secret(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


@csrf_exempt
@require_POST
def acquirer_webhook(request: HttpRequest) -> HttpResponse:
    if not _valid_signature(request.headers.get("Acquirer-Signature", ""), request.body):
        return HttpResponseForbidden("invalid signature")
    try:
        event = json.loads(request.body)
    except json.JSONDecodeError:
        return HttpResponseBadRequest("invalid json")
    apply_payment_event(event)
    return HttpResponse(status=204)
