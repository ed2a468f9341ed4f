"""Payment provider webhook endpoint (Django).

The provider signs `<timestamp>.<raw body>` with HMAC-SHA256 and sends
`t=<timestamp>,v1=<hex signature>` in the Payment-Signature header.
"""
import hashlib
import hmac
import json
import os
import time

from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from payments.handlers import HANDLERS

SIGNING_SECRET = os.environ["PAYMENT_WEBHOOK_SECRET"].encode()
TOLERANCE_SECONDS = 300


def _parse_header(value: str) -> tuple[int, list[str]]:
    timestamp, signatures = 0, []
    for item in value.split(","):
        key, _, val = item.strip().partition("=")
        if key == "t" and val.isdigit():
            timestamp = int(val)
        elif key == "v1":
            signatures.append(val)
    return timestamp, signatures


def _valid_signature(header: str, body: bytes) -> bool:
    timestamp, signatures = _parse_header(header)
    if not timestamp or abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        return False
    expected = hmac.new(SIGNING_SECRET, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return any(hmac.compare_digest(expected, sig) for sig in signatures)


@csrf_exempt
@require_POST
def payment_webhook(request):
    if not _valid_signature(request.headers.get("Payment-Signature", ""), request.body):
        return HttpResponseBadRequest("invalid signature")
    event = json.loads(request.body)
    handler = HANDLERS.get(event.get("type"))
    if handler is not None:
        handler(event["data"]["object"])
    return HttpResponse(status=200)
