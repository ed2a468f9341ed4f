"""Receive 'pattern exported' webhooks from the cloud CAD service.

When a designer exports a flat pattern in the CAD workspace, the CAD service
calls us with the document id and a download URL; we queue the DXF for
nesting and attach it to the open quote.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, current_app, jsonify, request

from tinsmith.tasks import fetch_and_nest_pattern

bp = Blueprint("cad_webhooks", __name__, url_prefix="/hooks/cad")
log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-CAD-Signature"


def _webhook_secret() -> bytes:
    secret = current_app.config.get("CAD_WEBHOOK_SECRET") or os.environ["CAD_WEBHOOK_SECRET"]
    return secret.encode("utf-8")


def _expected_signature(body: bytes) -> str:
    return "sha256=" + hmac.new(_webhook_secret(), body, hashlib.sha256).hexdigest()


def _verify(body: bytes, supplied: str) -> bool:
    expected = _expected_signature(body)
    return supplied == expected


@bp.post("/pattern-exported")
def pattern_exported():
    body = request.get_data(cache=False)
    supplied = request.headers.get(SIGNATURE_HEADER, "")
    if not supplied or not _verify(body, supplied):
        log.warning("rejected CAD webhook from %s", request.remote_addr)
        abort(401)

    event = json.loads(body)
    if event.get("type") != "pattern.exported":
        return jsonify(status="ignored"), 202

    quote_ref = event["metadata"].get("quote_ref")
    fetch_and_nest_pattern.delay(
        document_id=event["document_id"],
        download_url=event["download_url"],
        quote_ref=quote_ref,
    )
    log.info("queued pattern %s for quote %s", event["document_id"], quote_ref)
    return jsonify(status="queued"), 202
