"""Webhook receiver for subscription billing events (private feed purchases)."""
import hashlib
import hmac
import json
import os
import time

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .billing import activate_subscription, cancel_subscription

TOLERANCE = 300
HANDLED = {"subscription.activated", "subscription.canceled"}


def _verify(payload: bytes, header: str, secret: bytes) -> bool:
    fields = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
    try:
        ts = int(fields.get("t", "0"))
    except ValueError:
        return False
    if abs(time.time() - ts) > TOLERANCE:
        return False
    expected = hmac.new(secret, b"%d." % ts + payload, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, fields.get("v1", ""))


@csrf_exempt
@require_POST
def billing_webhook(request: HttpRequest) -> HttpResponse:
    secret = os.environ["BILLING_WEBHOOK_SECRET"].encode()
    if not _verify(request.body, request.headers.get("Billing-Signature", ""), secret):
        return HttpResponse(status=401)
    event = json.loads(request.body)
    kind = event.get("type")
    if kind not in HANDLED:
        return HttpResponse(status=204)
    data = event["data"]
    if kind == "subscription.activated":
        activate_subscription(data["customer"], data["plan"], data["id"])
    elif kind == "subscription.canceled":
        cancel_subscription(data["id"])
    else:
        return HttpResponseBadRequest()
    return HttpResponse(status=200)
