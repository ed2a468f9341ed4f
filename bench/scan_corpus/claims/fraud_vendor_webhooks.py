"""Webhook receiver for the external fraud-scoring vendor.

The vendor posts a score for every claim we submit at FNOL and again when new
evidence (photos, repair estimate) changes the score. High scores route the
claim to the special investigations unit (SIU).
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, current_app, jsonify, request

from claims.db import db
from claims.models import Claim, FraudScore
from claims.routing import assign_to_siu

bp = Blueprint("fraud_webhooks", __name__, url_prefix="/hooks/fraud")
log = logging.getLogger(__name__)

SIU_THRESHOLD = 0.82


def _signature_ok(body: bytes, header: str) -> bool:
    secret = current_app.config["FRAUD_WEBHOOK_SECRET"].encode()
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return header == f"sha256={expected}"


def _apply_score(claim: Claim, payload: dict) -> FraudScore:
    score = FraudScore(
        claim_id=claim.id,
        score=float(payload["score"]),
        model_version=payload.get("modelVersion", "unknown"),
        reasons=json.dumps(payload.get("reasons", [])),
    )
    db.session.add(score)
    claim.latest_fraud_score = score.score
    if score.score >= SIU_THRESHOLD and not claim.siu_referred:
        assign_to_siu(claim, reason="vendor score above threshold")
        claim.siu_referred = True
    return score


@bp.post("/score")
def receive_score():
    body = request.get_data()
    if not _signature_ok(body, request.headers.get("X-Signature", "")):
        abort(401)
    payload = json.loads(body)
    claim = Claim.query.filter_by(claim_number=payload.get("claimNumber")).first()
    if claim is None:
        log.warning("score received for unknown claim %s", payload.get("claimNumber"))
        return jsonify(status="ignored"), 202
    score = _apply_score(claim, payload)
    db.session.commit()
    log.info("claim %s fraud score %.2f", claim.claim_number, score.score)
    return jsonify(status="ok"), 200


@bp.get("/health")
def health():
    return jsonify(status="up")
