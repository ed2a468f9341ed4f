"""Receive usage callbacks from the smart hookup bollards' cloud platform."""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from flask import Blueprint, abort, request

meter_bp = Blueprint("meter_callbacks", __name__, url_prefix="/integrations/meters")

SIGNATURE_HEADER = "X-Bollard-Signature"


@dataclass(frozen=True)
class UsageReading:
    meter_id: str
    pitch: str
    kwh_total: float
    reported_at: str


def _callback_key() -> bytes:
    return os.environ["BOLLARD_CALLBACK_KEY"].encode()


def _sign(body: bytes) -> str:
    return "sha256=" + hmac.new(_callback_key(), body, hashlib.sha256).hexdigest()


def _authentic(body: bytes, presented: str | None) -> bool:
    if not presented:
        return False
    return hmac.compare_digest(_sign(body).encode(), presented.strip().encode())


@meter_bp.post("/usage")
def usage_callback():
    body = request.get_data(cache=True)
    if not _authentic(body, request.headers.get(SIGNATURE_HEADER)):
        abort(401)
    payload = request.get_json(force=True)
    readings = [
        UsageReading(
            meter_id=str(item["meter"]),
            pitch=str(item.get("pitch", "")),
            kwh_total=float(item["kwh"]),
            reported_at=str(item["ts"]),
        )
        for item in payload.get("readings", [])
    ]
    meters = request.environ["parkops.meters"]
    stored = meters.record(readings)
    return {"stored": stored}, 202
