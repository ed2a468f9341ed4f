"""Receives result-ready callbacks from the reference laboratory."""
import hashlib
import hmac
import os

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("lab_webhook", __name__)


def _secret() -> bytes:
    return os.environ["REFLAB_WEBHOOK_SECRET"].encode()


def _verify(body: bytes, signature: str) -> None:
    expected = hmac.new(_secret(), body, hashlib.sha256).hexdigest()
    if expected != signature:
        abort(401)


@bp.post("/hooks/reflab/results")
def results_ready():
    _verify(request.get_data(), request.headers.get("X-RefLab-Signature", ""))
    event = request.get_json(force=True)
    accession = event.get("accession")
    if not accession:
        abort(400)
    from .tasks import fetch_result
    fetch_result.delay(accession)
    return jsonify({"queued": accession}), 202
