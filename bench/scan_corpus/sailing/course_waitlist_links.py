"""Signed links that let wait-listed students claim a place that has opened up on a course."""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from urllib.parse import urlencode

from flask import Blueprint, abort, redirect, request, url_for

from .waitlist import claim_place

bp = Blueprint("waitlist_links", __name__)

LINK_SETTINGS = {
    "key": os.environ["WAITLIST_LINK_KEY"].encode(),
    "ttl": 48 * 3600,
    "base_url": os.environ.get("PUBLIC_BASE_URL", "https://book.bluewatersailing.example"),
}


def _sign(entry_id: int, course_id: int, expires: int) -> str:
    message = f"{entry_id}:{course_id}:{expires}".encode()
    return hmac.new(LINK_SETTINGS["key"], message, hashlib.sha256).hexdigest()


def build_claim_link(entry_id: int, course_id: int) -> str:
    expires = int(time.time()) + LINK_SETTINGS["ttl"]
    query = urlencode({
        "w": entry_id,
        "c": course_id,
        "e": expires,
        "s": _sign(entry_id, course_id, expires),
    })
    return f"{LINK_SETTINGS['base_url']}/waitlist/claim?{query}"


def _link_valid(entry_id: int, course_id: int, expires: int, signature: str) -> bool:
    if expires < time.time():
        return False
    return hmac.compare_digest(signature, _sign(entry_id, course_id, expires))


@bp.get("/waitlist/claim")
def claim():
    try:
        entry_id = int(request.args["w"])
        course_id = int(request.args["c"])
        expires = int(request.args["e"])
        signature = request.args["s"]
    except (KeyError, ValueError):
        abort(400)
    if not _link_valid(entry_id, course_id, expires, signature):
        abort(403)
    if not claim_place(entry_id, course_id):
        return redirect(url_for("waitlist.place_gone", course_id=course_id))
    return redirect(url_for("bookings.checkout", course_id=course_id))
