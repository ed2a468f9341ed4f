"""Receives push notifications of new heat meter readings from the AMR head-end."""
from __future__ import annotations

import hashlib
import hmac
import logging

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("amr_webhook", __name__)
log = logging.getLogger(__name__)


def _expected_signature(raw: bytes) -> str:
    key = current_app.config["AMR_WEBHOOK_KEY"].encode()
    return "sha256=" + hmac.new(key, raw, hashlib.sha256).hexdigest()


def _signature_ok(raw: bytes, presented: str | None) -> bool:
    if not presented:
        return False
    expected = _expected_signature(raw)
    return presented.strip().lower() == expected


def _store_readings(batch: list[dict]) -> int:
    repo = current_app.extensions["reading_repo"]
    stored = 0
    for item in batch:
        repo.upsert(
            meter_serial=item["meter"],
            read_at=item["timestamp"],
            energy_kwh=float(item["energy_kwh"]),
            volume_m3=float(item["volume_m3"]),
            flow_temp_c=item.get("t_flow"),
            return_temp_c=item.get("t_return"),
        )
        stored += 1
    return stored


@bp.post("/hooks/amr/readings")
def receive_readings():
    raw = request.get_data(cache=True)
    if not _signature_ok(raw, request.headers.get("X-AMR-Signature")):
        abort(401)
    payload = request.get_json(force=True)
    count = _store_readings(payload.get("readings", []))
    log.info("stored %d readings from head-end batch %s", count, payload.get("batch_id"))
    return jsonify({"accepted": count}), 202
