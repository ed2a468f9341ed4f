"""Webhook endpoint for deposit payments taken against commission orders."""

import hashlib
import hmac
import json
import time

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from commissions.models import CommissionOrder

TOLERANCE_SECONDS = 300


def _parse_signature_header(header: str) -> dict[str, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return {"t": parts.get("t", ""), "v1": parts.get("v1", "")}


def signature_is_valid(payload: bytes, header: str) -> bool:
    parsed = _parse_signature_header(header)
    if not parsed["t"].isdigit() or abs(time.time() - int(parsed["t"])) > TOLERANCE_SECONDS:
        return False
    signed = parsed["t"].encode() + b"." + payload
    expected = hmac.new(settings.PAYMENTS_WEBHOOK_SECRET.encode(), signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, parsed["v1"])


@csrf_exempt
@require_POST
def deposit_event(request):
    if not signature_is_valid(request.body, request.headers.get("Payment-Signature", "")):
        return HttpResponse(status=400)
    event = json.loads(request.body)
    if event.get("type") != "payment.succeeded":
        return JsonResponse({"received": True})
    order_ref = event["data"].get("metadata", {}).get("commission_ref")
    if not order_ref:
        return HttpResponseBadRequest("missing commission reference")
    CommissionOrder.objects.filter(reference=order_ref).update(
        deposit_paid=True, deposit_amount=event["data"]["amount"] / 100
    )
    return JsonResponse({"received": True})
