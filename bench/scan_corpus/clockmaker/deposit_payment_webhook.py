"""Card-payment provider callbacks for repair deposits.

Deposits are taken when a customer approves a restoration quote; the
provider calls back with a timestamped, HMAC-signed event.
"""
import hashlib
import hmac
import json
import time

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from clockmaker.billing.services import apply_deposit_event

TOLERANCE_SECONDS = 300


def _parse_header(value: str) -> dict:
    parts = dict(item.split("=", 1) for item in value.split(",") if "=" in item)
    return {"t": parts.get("t", ""), "v1": parts.get("v1", "")}


def _signature_ok(header: str, body: bytes) -> bool:
    fields = _parse_header(header)
    if not fields["t"].isdigit() or abs(time.time() - int(fields["t"])) > TOLERANCE_SECONDS:
        return False
    signed = f"{fields['t']}.".encode() + body
    expected = hmac.new(settings.PAYMENT_WEBHOOK_SECRET.encode(), signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, fields["v1"])


@csrf_exempt
@require_POST
def deposit_callback(request):
    header = request.headers.get("Payment-Signature", "")
    if not _signature_ok(header, request.body):
        return HttpResponseBadRequest("bad signature")
    event = json.loads(request.body)
    if event.get("type") in ("payment.succeeded", "payment.refunded"):
        apply_deposit_event(
            reference=event["data"]["metadata"]["quote_reference"],
            amount_pence=int(event["data"]["amount"]),
            kind=event["type"],
        )
    return HttpResponse(status=204)
