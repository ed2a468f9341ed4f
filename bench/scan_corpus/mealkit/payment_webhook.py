"""Webhook receiver for subscription billing events from the payment provider."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time

from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .billing import handle_invoice_failed, handle_invoice_paid

TOLERANCE_SECONDS = 300


def _parse_signature_header(header: str) -> tuple[int, list[str]]:
    timestamp, signatures = 0, []
    for item in header.split(","):
        key, _, value = item.strip().partition("=")
        if key == "t":
            timestamp = int(value)
        elif key == "v1":
            signatures.append(value)
    return timestamp, signatures


def _verify(payload: bytes, header: str) -> bool:
    secret = os.environ["BILLING_WEBHOOK_SECRET"].encode()
    timestamp, signatures = _parse_signature_header(header)
    if not signatures or abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        return False
    signed = f"{timestamp}.".encode() + payload
    expected = hmac.new(secret, signed, hashlib.sha256).hexdigest()
    return any(hmac.compare_digest(expected, candidate) for candidate in signatures)


@csrf_exempt
@require_POST
def billing_webhook(request):
    header = request.headers.get("Billing-Signature", "")
    try:
        ok = _verify(request.body, header)
    except ValueError:
        return HttpResponseBadRequest("malformed signature header")
    if not ok:
        return HttpResponseForbidden()

    event = json.loads(request.body)
    if event["type"] == "invoice.paid":
        handle_invoice_paid(event["data"]["object"])
    elif event["type"] == "invoice.payment_failed":
        handle_invoice_failed(event["data"]["object"])
    return HttpResponse(status=204)
