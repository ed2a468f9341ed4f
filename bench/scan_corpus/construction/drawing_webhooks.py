"""Receives 'revision issued' notifications from the common data environment.

Deliveries carry an HMAC-SHA256 of the raw body in X-CDE-Signature.
"""
import hashlib
import hmac
import logging
import os

from flask import Blueprint, abort, request

from .sync import queue_revision_sync

log = logging.getLogger(__name__)
bp = Blueprint("cde_webhooks", __name__)

_SECRET = os.environ["CDE_WEBHOOK_SECRET"].encode()


def _signature_ok(body: bytes, header_value: str) -> bool:
    expected = "sha256=" + hmac.new(_SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header_value)


@bp.post("/webhooks/cde")
def cde_webhook():
    body = request.get_data(cache=True)
    if not _signature_ok(body, request.headers.get("X-CDE-Signature", "")):
        abort(401)

    event = request.get_json(force=True)
    if event.get("event") != "revision.issued":
        return "", 204

    rev = event["revision"]
    log.info("CDE issued %s rev %s (%s)", rev["documentNumber"], rev["revision"], rev["status"])
    queue_revision_sync(
        project_ref=event["project"]["reference"],
        document_number=rev["documentNumber"],
        revision=rev["revision"],
        download_url=rev["downloadUrl"],
    )
    return "", 202
