"""Verify payment-provider webhooks for bow deposits and balance payments.

The provider sends a header like ``t=1718000000,v1=<hex hmac>`` where the HMAC
covers "<timestamp>.<raw body>" keyed with our endpoint signing secret.
"""
import hashlib
import hmac as _hmac
import json
import os
import time
from hmac import compare_digest as same

from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from orders.services import record_payment

TOLERANCE_SECONDS = 300


def _signing_secret() -> bytes:
    return os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()


def _parse_header(header: str) -> tuple[int, list[str]]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    sigs = [v for k, v in (p.split("=", 1) for p in header.split(",") if "=" in p) if k == "v1"]
    return int(parts.get("t", "0")), sigs


def verify(payload: bytes, header: str, secret: bytes | None = None) -> bool:
    timestamp, candidates = _parse_header(header)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        return False
    signed = f"{timestamp}.".encode() + payload
    expected = _hmac.new(secret or _signing_secret(), signed, hashlib.sha256).hexdigest()
    return any(same(expected, c) for c in candidates)


@csrf_exempt
@require_POST
def payment_webhook(request):
    header = request.headers.get("Payment-Signature", "")
    if not header or not verify(request.body, header):
        return HttpResponseBadRequest("signature check failed")
    event = json.loads(request.body)
    if event.get("type") == "payment_intent.succeeded":
        intent = event["data"]["object"]
        record_payment(
            order_ref=intent["metadata"]["order_ref"],
            amount_pence=intent["amount_received"],
            provider_ref=intent["id"],
        )
    return HttpResponse(status=204)
