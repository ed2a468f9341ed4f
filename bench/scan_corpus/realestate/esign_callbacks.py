"""Callback endpoint for the e-signature provider.

When every party has signed a tenancy agreement or a memorandum of sale the
provider POSTs a JWT describing the envelope. We mark the document as
completed and queue the signed PDF for download.
"""
import logging

import jwt
from flask import Blueprint, abort, jsonify, request

from .models import SignatureEnvelope, db
from .tasks import download_signed_pdf

bp = Blueprint("esign_callbacks", __name__, url_prefix="/hooks/esign")
log = logging.getLogger(__name__)

COMPLETED_EVENTS = {"envelope.completed", "envelope.signed"}


@bp.post("/events")
def envelope_event():
    token = request.get_data(as_text=True).strip()
    if not token:
        abort(400)
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        abort(400)

    envelope = SignatureEnvelope.query.filter_by(provider_id=claims.get("envelope_id")).first()
    if envelope is None:
        log.warning("callback for unknown envelope %s", claims.get("envelope_id"))
        return jsonify(status="ignored"), 200

    event = claims.get("event")
    if event in COMPLETED_EVENTS:
        envelope.status = "completed"
        envelope.completed_at = db.func.now()
        db.session.commit()
        download_signed_pdf.delay(envelope.id)
    elif event == "envelope.declined":
        envelope.status = "declined"
        envelope.decline_reason = claims.get("reason", "")[:500]
        db.session.commit()

    return jsonify(status="ok"), 200
