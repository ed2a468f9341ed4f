"""Time-limited links that let a client view their before/after photos.

Session photos are taken under standard lighting at every visit so fading
can be compared between sessions. A link is signed with the clinic's
photo-sharing key and expires after a few days.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import time
from pathlib import Path

from flask import Blueprint, abort, current_app, render_template, send_file

bp = Blueprint("photo_share", __name__, url_prefix="/shared-photos")

LINK_TTL_SECONDS = 3 * 24 * 3600


def _sign(photo_id: int, expires: int) -> str:
    key = current_app.config["PHOTO_SHARE_KEY"].encode("utf-8")
    mac = hmac.new(key, f"{photo_id}:{expires}".encode("ascii"), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).rstrip(b"=").decode("ascii")


def _signature_matches(photo_id: int, expires: int, provided: str) -> bool:
    expected = _sign(photo_id, expires)
    return expected == provided


def make_share_path(photo_id: int) -> str:
    expires = int(time.time()) + LINK_TTL_SECONDS
    return f"/shared-photos/{photo_id}/{expires}/{_sign(photo_id, expires)}"


def _photo_record(photo_id: int):
    db = current_app.extensions["clinic_db"]
    return db.execute(
        "SELECT storage_key, taken_on, session_number FROM session_photos WHERE id = ?",
        (photo_id,),
    ).fetchone()


@bp.get("/<int:photo_id>/<int:expires>/<signature>")
def shared_photo_page(photo_id: int, expires: int, signature: str):
    if expires < time.time() or not _signature_matches(photo_id, expires, signature):
        abort(404)
    record = _photo_record(photo_id)
    if record is None:
        abort(404)
    return render_template(
        "shared_photo.html",
        image_url=f"/shared-photos/{photo_id}/{expires}/{signature}/image",
        taken_on=record["taken_on"],
        session_number=record["session_number"],
    )


@bp.get("/<int:photo_id>/<int:expires>/<signature>/image")
def shared_photo_image(photo_id: int, expires: int, signature: str):
    if expires < time.time() or not _signature_matches(photo_id, expires, signature):
        abort(404)
    record = _photo_record(photo_id)
    if record is None:
        abort(404)
    root = Path(current_app.config["PHOTO_STORE_DIR"])
    return send_file(root / f"{record['storage_key']}.jpg", mimetype="image/jpeg")
