"""Payment provider callbacks for prepaid event orders and rental invoices.

The provider sends `t=<unix>,v1=<hex hmac>` in the Payment-Signature header,
computed over "<t>.<raw body>" with our endpoint secret.
"""
import hashlib
import hmac as _hmac
import json
import os
import time
from hmac import compare_digest as same

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from billing.services import mark_invoice_paid, mark_order_paid

TOLERANCE_S = 300


def _endpoint_secret() -> bytes:
    return os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()


def _parse_header(value: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in value.split(",") if "=" in part)


def verify_signature(payload: bytes, header: str, now: float | None = None) -> bool:
    parts = _parse_header(header)
    ts, sig = parts.get("t"), parts.get("v1")
    if not ts or not sig or not ts.isdigit():
        return False
    if abs((now or time.time()) - int(ts)) > TOLERANCE_S:
        return False
    signed = ts.encode() + b"." + payload
    expected = _hmac.new(_endpoint_secret(), signed, hashlib.sha256).hexdigest()
    return same(expected, sig)


@csrf_exempt
@require_POST
def payment_callback(request: HttpRequest) -> HttpResponse:
    if not verify_signature(request.body, request.headers.get("Payment-Signature", "")):
        return HttpResponseBadRequest("signature check failed")

    event = json.loads(request.body)
    obj = event["data"]["object"]
    if event["type"] == "payment_intent.succeeded":
        ref = obj["metadata"].get("reference", "")
        if ref.startswith("EVT-"):
            mark_order_paid(ref, obj["amount_received"])
        elif ref.startswith("RNT-"):
            mark_invoice_paid(ref, obj["amount_received"])
    return HttpResponse(status=200)
