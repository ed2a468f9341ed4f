"""Signed links emailed to students so they can confirm or cancel a course booking."""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from urllib.parse import urlencode

from flask import Blueprint, abort, redirect, request, url_for

from .bookings import cancel_booking, confirm_booking

bp = Blueprint("booking_links", __name__)

LINK_SETTINGS = {
    "key": os.environ["BOOKING_LINK_KEY"].encode(),
    "ttl": 7 * 24 * 3600,
    "base_url": os.environ.get("PUBLIC_BASE_URL", "https://book.bluewatersailing.example"),
}
ACTIONS = {"confirm", "cancel"}


def _sign(booking_id: int, action: str, expires: int) -> str:
    message = f"{booking_id}:{action}:{expires}".encode()
    return hmac.new(LINK_SETTINGS["key"], message, hashlib.sha256).hexdigest()


def build_link(booking_id: int, action: str) -> str:
    if action not in ACTIONS:
        raise ValueError(action)
    expires = int(time.time()) + LINK_SETTINGS["ttl"]
    query = urlencode({
        "b": booking_id,
        "a": action,
        "e": expires,
        "s": _sign(booking_id, action, expires),
    })
    return f"{LINK_SETTINGS['base_url']}/booking-link?{query}"


def _link_valid(booking_id: int, action: str, expires: int, signature: str) -> bool:
    if expires < time.time() or action not in ACTIONS:
        return False
    return signature == _sign(booking_id, action, expires)


@bp.get("/booking-link")
def follow_link():
    try:
        booking_id = int(request.args["b"])
        expires = int(request.args["e"])
        action = request.args["a"]
        signature = request.args["s"]
    except (KeyError, ValueError):
        abort(400)
    if not _link_valid(booking_id, action, expires, signature):
        abort(403)
    if action == "confirm":
        confirm_booking(booking_id)
    else:
        cancel_booking(booking_id, reason="cancelled by student via email link")
    return redirect(url_for("bookings.thanks", action=action))
