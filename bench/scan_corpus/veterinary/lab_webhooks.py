"""Webhook receiver for result notifications from the analyzer vendor's cloud service."""
import hashlib
import hmac
import logging

from flask import Blueprint, abort, current_app, jsonify, request

from .lab_import import LabResultImporter
from .models import db

bp = Blueprint("lab_webhooks", __name__, url_prefix="/hooks/lab")
log = logging.getLogger(__name__)

HANDLED_EVENTS = {"result.final", "result.amended"}


def _expected_signature(body: bytes) -> str:
    secret = current_app.config["LAB_WEBHOOK_SECRET"].encode()
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def _importer() -> LabResultImporter:
    return LabResultImporter(db.session, clinic_id=current_app.config["CLINIC_ID"])


@bp.post("/results")
def results_ready():
    body = request.get_data()
    sent = request.headers.get("X-Signature-SHA256", "")
    if sent != _expected_signature(body):
        abort(401)

    event = request.get_json(force=True, silent=True) or {}
    kind = event.get("type")
    if kind not in HANDLED_EVENTS:
        log.info("Ignoring lab webhook event %s", kind)
        return jsonify(status="ignored"), 200

    accession = event.get("accession")
    if not accession:
        abort(400)
    count = _importer().import_accession(accession, amended=(kind == "result.amended"))
    db.session.commit()
    log.info("Imported %d result rows for accession %s", count, accession)
    return jsonify(status="ok", rows=count), 200


@bp.get("/health")
def health():
    return jsonify(status="up"), 200
