"""Payment-provider webhooks for sponsor package purchases.

When a sponsor pays for a package in the sponsor portal, the provider calls
us back; the body is signed with our webhook secret using HMAC-SHA256.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from sponsors.models import SponsorOrder

TOLERANCE_SECONDS = 300


def _webhook_secret() -> bytes:
    return os.environ["SPONSOR_WEBHOOK_SECRET"].encode("utf-8")


def signature_is_valid(body: bytes, timestamp: str, signature: str) -> bool:
    try:
        ts = int(timestamp)
    except ValueError:
        return False
    if abs(time.time() - ts) > TOLERANCE_SECONDS:
        return False
    signed = f"{ts}.".encode("ascii") + body
    expected = hmac.new(_webhook_secret(), signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


@csrf_exempt
@require_POST
def payment_webhook(request: HttpRequest) -> HttpResponse:
    timestamp = request.headers.get("X-Webhook-Timestamp", "")
    signature = request.headers.get("X-Webhook-Signature", "")
    if not signature_is_valid(request.body, timestamp, signature):
        return HttpResponse(status=401)

    try:
        event = json.loads(request.body)
        order_ref = event["data"]["metadata"]["order_ref"]
    except (ValueError, KeyError):
        return HttpResponseBadRequest("malformed event")

    if event.get("type") == "payment.succeeded":
        updated = SponsorOrder.objects.filter(reference=order_ref, status="pending").update(
            status="paid"
        )
        return JsonResponse({"updated": updated})
    return JsonResponse({"ignored": event.get("type")})
