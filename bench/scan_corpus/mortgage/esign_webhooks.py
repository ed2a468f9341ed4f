"""Receives envelope status callbacks from the e-signature vendor.

When a closing package is fully signed we flip the loan to "docs back" and
queue the funding checklist.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os

from flask import Blueprint, abort, jsonify, request

from .funding import queue_funding_checklist
from .models import Loan, db

bp = Blueprint("esign_webhooks", __name__, url_prefix="/webhooks/esign")
log = logging.getLogger(__name__)


def _hmac_key() -> bytes:
    return os.environ["ESIGN_CONNECT_HMAC_KEY"].encode()


def _signature_matches(body: bytes, header_value: str) -> bool:
    digest = hmac.new(_hmac_key(), body, hashlib.sha256).digest()
    expected = base64.b64encode(digest).decode("ascii")
    return header_value.strip() == expected


@bp.post("/envelopes")
def envelope_event():
    sig = request.headers.get("X-DocuSign-Signature-1", "")
    if not sig or not _signature_matches(request.get_data(), sig):
        abort(401)

    event = request.get_json(force=True)
    envelope = event.get("data", {})
    loan_number = envelope.get("customFields", {}).get("loanNumber")
    if not loan_number:
        return jsonify(status="ignored"), 202

    loan = Loan.query.filter_by(loan_number=loan_number).first()
    if loan is None:
        log.info("esign event for unknown loan %s", loan_number)
        return jsonify(status="ignored"), 202

    if event.get("event") == "envelope-completed":
        loan.closing_docs_status = "docs_back"
        db.session.commit()
        queue_funding_checklist(loan.id)
    return jsonify(status="ok"), 200
