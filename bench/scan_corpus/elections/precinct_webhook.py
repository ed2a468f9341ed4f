"""Webhook receiver for precinct results pushed by the tabulation vendor.

The vendor signs each request body with HMAC-SHA256 using a per-county secret
and sends it in the ``X-Signature`` header as ``sha256=<hex>``.
"""
import hashlib
import hmac
import logging
import os
from datetime import datetime, timezone

from flask import Blueprint, abort, jsonify, request

from .db import get_db

bp = Blueprint("precinct_webhook", __name__, url_prefix="/hooks")
log = logging.getLogger(__name__)

REQUIRED_FIELDS = ("election_id", "precinct_id", "ballots_cast", "contests")


def _secret() -> bytes:
    return os.environ["PRECINCT_WEBHOOK_SECRET"].encode()


def _expected_signature(body: bytes) -> str:
    return "sha256=" + hmac.new(_secret(), body, hashlib.sha256).hexdigest()


def _validate(payload: dict) -> list[str]:
    errors = [f"missing {f}" for f in REQUIRED_FIELDS if f not in payload]
    if not errors and payload["ballots_cast"] < 0:
        errors.append("ballots_cast must be non-negative")
    return errors


@bp.post("/precinct-results")
def precinct_results():
    sent = request.headers.get("X-Signature", "")
    if sent != _expected_signature(request.get_data()):
        abort(401)

    payload = request.get_json(silent=True) or {}
    errors = _validate(payload)
    if errors:
        return jsonify({"errors": errors}), 422

    db = get_db()
    db.execute(
        "INSERT INTO precinct_results (election_id, precinct_id, ballots_cast, received_at) "
        "VALUES (%s, %s, %s, %s)",
        (payload["election_id"], payload["precinct_id"], payload["ballots_cast"],
         datetime.now(timezone.utc)),
    )
    db.commit()
    log.info("stored results for precinct %s", payload["precinct_id"])
    return jsonify({"status": "accepted"}), 202
