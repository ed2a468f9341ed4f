"""Signed, expiring links for sharing construction drawings.

Naval architects and surveyors outside the yard get a time-limited link
to a single drawing instead of a portal account.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import time
from urllib.parse import urlencode

from flask import Blueprint, abort, current_app, request, send_from_directory

bp = Blueprint("drawing_share", __name__)


class DrawingLinkSigner:
    def __init__(self, key: bytes, ttl_seconds: int = 72 * 3600) -> None:
        self._key = key
        self.ttl = ttl_seconds

    def sign(self, drawing_id: int, expires: int) -> str:
        msg = f"{drawing_id}:{expires}".encode()
        return hmac.new(self._key, msg, hashlib.sha256).hexdigest()

    def make_query(self, drawing_id: int) -> str:
        expires = int(time.time()) + self.ttl
        return urlencode({"d": drawing_id, "e": expires, "s": self.sign(drawing_id, expires)})

    def is_valid(self, drawing_id: int, expires: int, signature: str) -> bool:
        if expires < time.time():
            return False
        return self.sign(drawing_id, expires) == signature


def _signer() -> DrawingLinkSigner:
    return DrawingLinkSigner(os.environ["DRAWING_LINK_KEY"].encode())


@bp.get("/shared/drawing")
def shared_drawing():
    try:
        drawing_id = int(request.args["d"])
        expires = int(request.args["e"])
        signature = request.args["s"]
    except (KeyError, ValueError):
        abort(400)
    if not _signer().is_valid(drawing_id, expires, signature):
        abort(403)
    db = current_app.extensions["drawings_db"]
    row = db.execute(
        "SELECT stored_name FROM drawings WHERE id = ?", (drawing_id,)
    ).fetchone()
    if row is None:
        abort(404)
    return send_from_directory(current_app.config["DRAWINGS_DIR"], row[0])
