"""Receives finished lab results pushed by the reference laboratory.

The lab signs each request body with HMAC-SHA256 using a shared secret that we
configure per lab account; the hex digest arrives in the X-Lab-Signature header.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, current_app, jsonify, request

from .lab_import import store_result_batch

log = logging.getLogger(__name__)

bp = Blueprint("lab_webhook", __name__, url_prefix="/hooks/lab")


def _lab_secret(lab_code: str) -> bytes:
    secrets_by_lab = current_app.config["LAB_WEBHOOK_SECRETS"]
    try:
        return secrets_by_lab[lab_code].encode("utf-8")
    except KeyError:
        abort(404)


def _expected_signature(secret: bytes, body: bytes) -> str:
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


@bp.post("/<lab_code>/results")
def receive_results(lab_code: str):
    body = request.get_data(cache=False)
    provided = request.headers.get("X-Lab-Signature", "").strip().lower()
    if not provided:
        abort(401)
    expected = _expected_signature(_lab_secret(lab_code), body)
    if provided != expected:
        log.warning("rejected result batch from lab %s: bad signature", lab_code)
        abort(401)

    try:
        payload = json.loads(body)
    except ValueError:
        abort(400)

    results = payload.get("results", [])
    if not isinstance(results, list):
        abort(400)
    stored = store_result_batch(lab_code, results)
    log.info("stored %d results from lab %s", stored, lab_code)
    return jsonify(received=len(results), stored=stored)
