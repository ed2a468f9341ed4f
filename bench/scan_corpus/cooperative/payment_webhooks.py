"""Webhook receiver for the rent payment processor."""
import hashlib
import hmac
import json
import logging
import os
import time

from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from ledger.services import record_payment

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "HTTP_X_PAYPROC_SIGNATURE"
TOLERANCE_SECONDS = 300


def _expected_signature(body: bytes, timestamp: str) -> str:
    secret = os.environ["PAYPROC_WEBHOOK_SECRET"].encode()
    message = timestamp.encode() + b"." + body
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


def _parse_header(value: str) -> tuple[str, str]:
    parts = dict(p.split("=", 1) for p in value.split(",") if "=" in p)
    return parts.get("t", ""), parts.get("v1", "")


@csrf_exempt
@require_POST
def payment_event(request):
    timestamp, received = _parse_header(request.META.get(SIGNATURE_HEADER, ""))
    if not timestamp.isdigit() or not received:
        return HttpResponseBadRequest("missing signature")
    if abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        return HttpResponseBadRequest("stale event")
    if _expected_signature(request.body, timestamp) != received:
        log.warning("payment webhook signature mismatch")
        return HttpResponse(status=401)

    event = json.loads(request.body)
    if event.get("type") == "payment.succeeded":
        data = event["data"]
        record_payment(
            member_ref=data["metadata"]["member_no"],
            amount_cents=data["amount"],
            processor_id=data["id"],
        )
    return HttpResponse(status=204)
