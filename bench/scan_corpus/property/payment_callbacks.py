"""Webhook receiver for ACH settlement notices from the rent payment processor."""
import hashlib
import hmac
import json
import os
import time

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from payments.ledger import record_settlement

TOLERANCE_SECONDS = 300


def _signature_for(timestamp: str, body: bytes) -> str:
    secret = os.environ["PAYMENT_WEBHOOK_SECRET"].encode()
    signed = timestamp.encode() + b"." + body
    return hmac.new(secret, signed, hashlib.sha256).hexdigest()


def _valid(request: HttpRequest) -> bool:
    timestamp = request.headers.get("X-Webhook-Timestamp", "")
    signature = request.headers.get("X-Webhook-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        return False
    return hmac.compare_digest(signature, _signature_for(timestamp, request.body))


@csrf_exempt
@require_POST
def settlement_webhook(request: HttpRequest) -> HttpResponse:
    if not _valid(request):
        return HttpResponseForbidden()
    try:
        event = json.loads(request.body)
    except json.JSONDecodeError:
        return HttpResponseBadRequest()
    if event.get("type") == "ach.settled":
        record_settlement(
            reference=event["data"]["reference"],
            amount_cents=int(event["data"]["amount"]),
            settled_at=event["data"]["settled_at"],
        )
    return HttpResponse(status=204)
