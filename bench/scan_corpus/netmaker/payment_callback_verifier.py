"""Callbacks from the card payment provider for invoice payments.

The provider posts a JSON event when a pay-by-link payment settles and signs
it with ``t=<timestamp>,v1=<hex hmac>`` in the ``Provider-Signature`` header.
"""
import hashlib
import hmac
import json
import time

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from netmaker.invoicing.services import mark_invoice_paid

TOLERANCE_SECONDS = 300


def _parse_header(header: str) -> dict:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return {"t": parts.get("t", "0"), "v1": parts.get("v1", "")}


def signature_ok(payload: bytes, header: str, secret: str, now: float = None) -> bool:
    parsed = _parse_header(header)
    if abs((now or time.time()) - int(parsed["t"])) > TOLERANCE_SECONDS:
        return False
    signed = parsed["t"].encode("ascii") + b"." + payload
    expected = hmac.new(secret.encode("utf-8"), signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, parsed["v1"])


@csrf_exempt
@require_POST
def payment_event(request):
    header = request.headers.get("Provider-Signature", "")
    if not signature_ok(request.body, header, settings.PAYMENT_WEBHOOK_SECRET):
        return HttpResponse(status=401)
    event = json.loads(request.body)
    if event.get("type") != "payment.settled":
        return JsonResponse({"ignored": event.get("type")})
    reference = event["data"].get("reference")
    if not reference:
        return HttpResponseBadRequest("missing reference")
    mark_invoice_paid(reference, amount=event["data"]["amount"], paid_at=event["data"]["settled_at"])
    return JsonResponse({"ok": True})
