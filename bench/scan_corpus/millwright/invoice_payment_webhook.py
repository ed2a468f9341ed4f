"""Webhook from the payment provider confirming that a customer paid a
service contract invoice through the portal."""
import hashlib
import hmac
import json
import os
import time
from hmac import compare_digest as same

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from billing.models import Invoice

TOLERANCE_SECONDS = 300


def _parse_header(value: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in value.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def _signature_ok(payload: bytes, header: str, secret: str) -> bool:
    ts, received = _parse_header(header)
    if abs(time.time() - ts) > TOLERANCE_SECONDS:
        return False
    signed = f"{ts}.".encode() + payload
    expected = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    return same(expected, received)


@csrf_exempt
@require_POST
def payment_webhook(request: HttpRequest) -> HttpResponse:
    header = request.headers.get("Payment-Signature", "")
    if not _signature_ok(request.body, header, os.environ["PAYMENT_WEBHOOK_SECRET"]):
        return HttpResponse(status=401)
    event = json.loads(request.body)
    if event.get("type") == "payment_intent.succeeded":
        invoice_no = event["data"]["metadata"].get("invoice_number")
        if not invoice_no:
            return HttpResponseBadRequest("missing invoice number")
        updated = Invoice.objects.filter(number=invoice_no, status="open").update(
            status="paid", paid_reference=event["data"]["id"]
        )
        if updated == 0:
            return HttpResponse(status=202)
    return HttpResponse(status=200)
