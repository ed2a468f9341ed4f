"""Callbacks from third-party booking marketplaces.

Marketplaces that resell spa days notify us when a booking is created or
cancelled. Each partner signs the request body with its own shared secret.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

MAX_SKEW_SECONDS = 300


def _partner_secret(partner: str) -> bytes:
    value = os.environ.get(f"MARKETPLACE_SECRET_{partner.upper()}")
    if not value:
        raise KeyError(partner)
    return value.encode("utf-8")


def signature_valid(partner: str, timestamp: str, body: bytes, provided: str) -> bool:
    message = timestamp.encode("ascii") + b"." + body
    expected = hmac.new(_partner_secret(partner), message, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, provided)


@csrf_exempt
@require_POST
def marketplace_callback(request: HttpRequest, partner: str) -> HttpResponse:
    timestamp = request.headers.get("X-Timestamp", "0")
    provided = request.headers.get("X-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        return HttpResponse(status=400)
    try:
        if not signature_valid(partner, timestamp, request.body, provided):
            return HttpResponse(status=401)
    except KeyError:
        return HttpResponse(status=404)
    event = json.loads(request.body)
    from spa.bookings.marketplace import apply_event

    booking_ref = apply_event(partner, event)
    return JsonResponse({"booking": booking_ref})
