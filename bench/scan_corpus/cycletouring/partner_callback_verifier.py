"""Verifies signed callbacks from the e-bike battery swap partner."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time
from dataclasses import dataclass

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

MAX_SKEW_S = 300


@dataclass
class Callback:
    event: str
    booking_ref: str
    station: str
    battery_serial: str


def _secret() -> bytes:
    return os.environ["BATTERY_PARTNER_SECRET"].encode("utf-8")


def signature_ok(body: bytes, timestamp: str, presented: str) -> bool:
    message = timestamp.encode("ascii") + b"." + body
    expected = hmac.new(_secret(), message, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, presented)


@csrf_exempt
@require_POST
def battery_callback(request: HttpRequest) -> HttpResponse:
    timestamp = request.headers.get("X-Swap-Timestamp", "")
    presented = request.headers.get("X-Swap-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_S:
        return HttpResponseBadRequest("stale callback")
    if not signature_ok(request.body, timestamp, presented):
        return HttpResponse(status=401)

    data = json.loads(request.body)
    callback = Callback(
        event=data["event"],
        booking_ref=data["booking_ref"],
        station=data["station_id"],
        battery_serial=data["battery_serial"],
    )
    if callback.event == "swap.completed":
        from cycletouring.ebikes import record_swap

        record_swap(callback.booking_ref, callback.station, callback.battery_serial)
    return JsonResponse({"received": callback.event})
