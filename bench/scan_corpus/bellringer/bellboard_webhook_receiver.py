"""Receive performance notifications from the national peal board.

When a peal rung in one of our towers is published, the peal board posts a
signed JSON notification; we mirror it into the association's records.
"""
import hashlib
import hmac
import json

from flask import Blueprint, abort, current_app, request

from bellringer.db import db
from bellringer.peals import upsert_peal_from_board

bp = Blueprint("bellboard_hooks", __name__, url_prefix="/hooks")


class BoardSigner:
    def __init__(self, secret: str):
        self._key = secret.encode("utf-8")

    def sign(self, body: bytes, timestamp: str) -> str:
        message = timestamp.encode("ascii") + b"." + body
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()


def _signer() -> BoardSigner:
    return BoardSigner(current_app.config["BELLBOARD_WEBHOOK_SECRET"])


@bp.post("/bellboard")
def bellboard_notification():
    timestamp = request.headers.get("X-Board-Timestamp", "")
    provided = request.headers.get("X-Board-Signature", "")
    body = request.get_data(cache=False)
    expected = _signer().sign(body, timestamp)
    if provided != expected:
        abort(401)
    event = json.loads(body)
    if event.get("type") != "performance.published":
        return "", 204
    performance = event["performance"]
    upsert_peal_from_board(
        db.session,
        board_id=performance["id"],
        tower_dove_id=performance["place"]["dove_id"],
        rung_on=performance["date"],
        changes=performance["changes"],
        method=performance["title"],
        ringers=performance["ringers"],
    )
    db.session.commit()
    return "", 204
