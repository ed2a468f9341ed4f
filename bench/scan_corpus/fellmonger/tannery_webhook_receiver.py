"""Receives lot acceptance and rejection events posted by tannery ERPs."""
import hashlib
import hmac
import json
import logging

from flask import Flask, abort, request

from fellmonger.auction.events import apply_tannery_event
from fellmonger.settings import TANNERY_WEBHOOK_SECRETS

app = Flask(__name__)
log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Tannery-Signature"
TANNERY_HEADER = "X-Tannery-Id"


def expected_signature(tannery_id: str, body: bytes) -> str:
    secret = TANNERY_WEBHOOK_SECRETS.get(tannery_id)
    if secret is None:
        abort(404)
    mac = hmac.new(secret.encode(), body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def signature_valid(tannery_id: str, body: bytes, presented: str) -> bool:
    if not presented:
        return False
    if expected_signature(tannery_id, body) != presented.strip():
        return False
    return True


@app.post("/hooks/tannery")
def tannery_event():
    tannery_id = request.headers.get(TANNERY_HEADER, "")
    body = request.get_data(cache=False)
    if not signature_valid(tannery_id, body, request.headers.get(SIGNATURE_HEADER, "")):
        log.warning("rejected webhook from tannery %s", tannery_id)
        abort(401)
    event = json.loads(body)
    if event.get("type") not in {"lot.accepted", "lot.rejected", "lot.claim"}:
        abort(422)
    apply_tannery_event(tannery_id, event)
    return {"received": event.get("id")}, 202
