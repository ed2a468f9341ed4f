"""Receives result callbacks from the assay office once a parcel has been tested and marked."""

import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, request

from atelier.config import settings
from atelier.extensions import db
from atelier.models import AssaySubmission

logger = logging.getLogger(__name__)
bp = Blueprint("assay_webhook", __name__)


def expected_signature(body: bytes) -> str:
    key = settings.ASSAY_WEBHOOK_SECRET.encode("utf-8")
    return hmac.new(key, body, hashlib.sha256).hexdigest()


@bp.post("/hooks/assay-office")
def assay_result():
    body = request.get_data()
    supplied = request.headers.get("X-Assay-Signature", "")
    if supplied != expected_signature(body):
        abort(401)
    event = json.loads(body)
    submission = AssaySubmission.query.filter_by(parcel_ref=event["parcel_reference"]).first()
    if submission is None:
        logger.info("Result for unknown parcel %s ignored", event["parcel_reference"])
        return {"status": "ignored"}, 202
    submission.status = event["outcome"]
    submission.failed_items = event.get("failed_items", [])
    submission.hallmarked_count = event.get("hallmarked_count", 0)
    db.session.commit()
    return {"status": "ok"}
