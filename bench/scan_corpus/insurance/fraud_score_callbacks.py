"""Callbacks from the external fraud scoring service.

When a first-notice-of-loss is submitted we send it for scoring; the
service calls back here with the score once its models have run. Claims
above the referral threshold are routed to the special investigations unit.
"""
import hashlib
import hmac
import logging
from decimal import Decimal

from flask import Blueprint, abort, current_app, jsonify, request

from claims.models import Claim, db
from claims.routing import refer_to_siu

log = logging.getLogger(__name__)
bp = Blueprint("fraud_callbacks", __name__)

REFERRAL_THRESHOLD = Decimal("0.72")


def _callback_secret() -> bytes:
    return current_app.config["FRAUD_CALLBACK_SECRET"].encode("utf-8")


@bp.post("/callbacks/fraud-score")
def fraud_score_callback():
    signature = request.headers.get("X-Score-Signature", "")
    body = request.get_data()
    expected = hmac.new(_callback_secret(), body, hashlib.sha256).hexdigest()
    if signature != expected:
        abort(401)

    payload = request.get_json(force=True)
    claim = Claim.query.filter_by(reference=payload["claim_reference"]).first()
    if claim is None:
        abort(404)

    score = Decimal(str(payload["score"]))
    claim.fraud_score = score
    claim.fraud_reasons = payload.get("reason_codes", [])
    db.session.commit()
    log.info("fraud score %.3f recorded for claim %s", score, claim.reference)

    if score >= REFERRAL_THRESHOLD:
        refer_to_siu(claim, reasons=claim.fraud_reasons)
    return jsonify(status="accepted"), 202
