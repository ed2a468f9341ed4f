"""Webhook endpoint for payment events from the card processor.

Signature header format: ``t=<unix ts>,v1=<hex hmac-sha256 of "ts.body">``.
"""
import hashlib
import hmac
import json
import os
import time

from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from checkout.services import mark_order_paid, mark_payment_failed

TOLERANCE_SECONDS = 300


def _parse_header(header: str) -> tuple[int, list[str]]:
    timestamp, signatures = 0, []
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        if key == "t" and value.isdigit():
            timestamp = int(value)
        elif key == "v1":
            signatures.append(value)
    return timestamp, signatures


def signature_ok(body: bytes, header: str, secret: str) -> bool:
    timestamp, signatures = _parse_header(header)
    if not timestamp or abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        return False
    signed = f"{timestamp}.".encode() + body
    expected = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    return any(hmac.compare_digest(expected, sig) for sig in signatures)


@csrf_exempt
@require_POST
def card_events(request):
    secret = os.environ["CARD_WEBHOOK_SECRET"]
    if not signature_ok(request.body, request.headers.get("Processor-Signature", ""), secret):
        return HttpResponse(status=400)
    try:
        event = json.loads(request.body)
    except ValueError:
        return HttpResponseBadRequest("invalid json")
    obj = event.get("data", {}).get("object", {})
    if event.get("type") == "payment_intent.succeeded":
        mark_order_paid(obj["metadata"]["order_ref"], obj["id"])
    elif event.get("type") == "payment_intent.payment_failed":
        mark_payment_failed(obj["metadata"]["order_ref"], obj.get("last_payment_error", {}).get("code"))
    return HttpResponse(status=204)
