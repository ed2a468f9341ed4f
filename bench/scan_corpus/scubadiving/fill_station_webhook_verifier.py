"""Verifies signed status callbacks from the remote nitrox fill stations.

Each station signs its JSON callback with its own key; the station id in
the payload picks the key, and the signature is checked before anything in
the payload is trusted.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time

from django.http import HttpRequest, HttpResponse, HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import FillStation, StationStatus

MAX_CLOCK_SKEW_S = 300


def _station_key(station: FillStation) -> bytes:
    return os.environ[f"FILL_STATION_KEY_{station.code.upper()}"].encode("utf-8")


def signature_ok(key: bytes, timestamp: str, body: bytes, provided: str) -> bool:
    mac = hmac.new(key, timestamp.encode("ascii") + b"." + body, hashlib.sha256)
    return hmac.compare_digest(mac.hexdigest(), provided)


@csrf_exempt
@require_POST
def station_status(request: HttpRequest) -> HttpResponse:
    timestamp = request.headers.get("X-Station-Timestamp", "")
    provided = request.headers.get("X-Station-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_CLOCK_SKEW_S:
        return HttpResponseForbidden("stale request")
    try:
        payload = json.loads(request.body)
        station = FillStation.objects.get(code=payload["station"])
    except (ValueError, KeyError, FillStation.DoesNotExist):
        return HttpResponseForbidden("unknown station")
    if not signature_ok(_station_key(station), timestamp, request.body, provided):
        return HttpResponseForbidden("bad signature")
    if payload.get("state") == "fault":
        station.needs_service = True
        station.save(update_fields=["needs_service"])
    StationStatus.objects.create(
        station=station,
        state=payload.get("state", "unknown"),
        bank_pressure_bar=payload.get("bank_pressure_bar"),
        o2_cell_mv=payload.get("o2_cell_mv"),
    )
    return JsonResponse({"ok": True})
