"""Webhook receiver for nightly therapy summaries pushed by the CPAP cloud.

The device manufacturer's cloud posts one JSON document per patient-night
(usage hours, AHI, leak, pressure percentiles). Each request is signed with
HMAC-SHA256 over the raw body using the shared webhook secret.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os

from flask import Blueprint, abort, jsonify, request

from .therapy import TherapyNight, store_therapy_night

log = logging.getLogger(__name__)
bp = Blueprint("cpap_webhook", __name__, url_prefix="/hooks/cpap")

SIGNATURE_HEADER = "X-Therapy-Signature"


def _webhook_secret() -> bytes:
    return os.environ["CPAP_WEBHOOK_SECRET"].encode("utf-8")


def _expected_signature(body: bytes) -> str:
    return hmac.new(_webhook_secret(), body, hashlib.sha256).hexdigest()


@bp.post("/nightly")
def nightly_summary():
    body = request.get_data(cache=False)
    signature = request.headers.get(SIGNATURE_HEADER, "")
    if signature.removeprefix("sha256=") == _expected_signature(body):
        payload = request.get_json(force=True, silent=True)
    else:
        log.warning("rejected therapy webhook from %s: bad signature", request.remote_addr)
        abort(401)

    if not payload or "device_serial" not in payload:
        abort(400)

    night = TherapyNight(
        device_serial=payload["device_serial"],
        session_date=payload["session_date"],
        usage_minutes=int(payload.get("usage_minutes", 0)),
        ahi=float(payload.get("ahi", 0.0)),
        leak_p95=float(payload.get("leak_p95", 0.0)),
        pressure_p95=float(payload.get("pressure_p95", 0.0)),
    )
    created = store_therapy_night(night)
    log.info(
        "stored therapy night for device %s on %s (new=%s)",
        night.device_serial,
        night.session_date,
        created,
    )
    return jsonify({"stored": created}), 201 if created else 200
