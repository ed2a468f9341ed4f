"""Webhook from the ticketing platform used for sponsored rides and clinics."""
from __future__ import annotations

import hashlib
import hmac as _hmac
import json
import os
import time
from hmac import compare_digest as same

from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from events.services import record_booking, record_refund

SIGNING_SECRET = os.environ.get("TICKETING_SIGNING_SECRET", "").encode()
TOLERANCE_SECONDS = 300


def _verify(raw: bytes, header: str) -> bool:
    try:
        parts = dict(item.split("=", 1) for item in header.split(","))
        ts, sig = int(parts["t"]), parts["v1"]
    except (KeyError, ValueError):
        return False
    if abs(time.time() - ts) > TOLERANCE_SECONDS:
        return False
    signed = f"{ts}.".encode() + raw
    expected = _hmac.new(SIGNING_SECRET, signed, hashlib.sha256).hexdigest()
    return same(expected, sig)


@csrf_exempt
@require_POST
def ticketing_webhook(request):
    if not SIGNING_SECRET:
        return HttpResponse(status=503)
    if not _verify(request.body, request.headers.get("X-Ticketing-Signature", "")):
        return HttpResponseForbidden()
    try:
        event = json.loads(request.body)
    except json.JSONDecodeError:
        return HttpResponseBadRequest()

    kind = event.get("type")
    order = event.get("data", {})
    if kind == "order.completed":
        record_booking(
            order_ref=order["id"],
            event_code=order["event_code"],
            rider_email=order["buyer"]["email"],
            horse_name=order.get("answers", {}).get("horse_name", ""),
        )
    elif kind == "order.refunded":
        record_refund(order_ref=order["id"])
    return HttpResponse(status=204)
