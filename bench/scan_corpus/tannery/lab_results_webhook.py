"""Receives test results from the external leather testing laboratory.

The lab posts Cr(VI), formaldehyde and tear-strength results for each lot we
send them; the body is signed with a shared secret (HMAC-SHA256, hex).
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, jsonify, request

from .lots import attach_lab_result, find_lot

log = logging.getLogger(__name__)
bp = Blueprint("lab_webhook", __name__)

SIGNATURE_HEADER = "X-Lab-Signature"
CRVI_LIMIT_MG_KG = 3.0


def _lab_secret() -> bytes:
    return os.environ["LAB_WEBHOOK_SECRET"].encode()


def signature_for(body: bytes, secret: bytes) -> str:
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def verify_request(body: bytes, provided: str) -> bool:
    expected = signature_for(body, _lab_secret())
    return provided == expected


@bp.post("/webhooks/lab-results")
def lab_results():
    body = request.get_data()
    if not verify_request(body, request.headers.get(SIGNATURE_HEADER, "")):
        abort(403)
    payload = json.loads(body)
    lot = find_lot(payload["lot_no"])
    if lot is None:
        log.warning("lab result for unknown lot %s", payload["lot_no"])
        return jsonify({"status": "unknown lot"}), 404
    crvi = float(payload["results"].get("chromium_vi_mg_kg", 0.0))
    attach_lab_result(
        lot,
        report_no=payload["report_no"],
        crvi_mg_kg=crvi,
        formaldehyde_mg_kg=payload["results"].get("formaldehyde_mg_kg"),
        passed=crvi < CRVI_LIMIT_MG_KG,
    )
    log.info("lab report %s attached to lot %s", payload["report_no"], lot.lot_no)
    return jsonify({"status": "ok"})
