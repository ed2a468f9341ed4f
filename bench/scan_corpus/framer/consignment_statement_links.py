"""Signed download links for monthly consignment statements.

Artists receive an email each month with a link to the PDF statement of
their sales, commission and payout. The link carries an expiry and an
HMAC so it can be opened without logging in to the portal.
"""
import base64
import hashlib
import hmac
import os
import secrets
import time
from pathlib import Path

from flask import Blueprint, abort, send_file

bp = Blueprint("statements", __name__)

LINK_KEY = os.environ["CONSIGNMENT_LINK_KEY"].encode()
STATEMENT_DIR = Path("/srv/framer/statements")
LINK_LIFETIME = 14 * 24 * 3600


def _mac(artist_id: int, period: str, expires: int) -> str:
    msg = f"{artist_id}|{period}|{expires}".encode()
    digest = hmac.new(LINK_KEY, msg, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def build_link(artist_id: int, period: str, now: float = None) -> str:
    expires = int(now or time.time()) + LINK_LIFETIME
    return f"/statements/{artist_id}/{period}/{expires}/{_mac(artist_id, period, expires)}"


@bp.get("/statements/<int:artist_id>/<period>/<int:expires>/<mac>")
def download(artist_id: int, period: str, expires: int, mac: str):
    if expires < time.time():
        abort(410)
    if not secrets.compare_digest(_mac(artist_id, period, expires), mac):
        abort(403)
    if len(period) != 7 or not period.replace("-", "").isdigit():
        abort(404)
    pdf = STATEMENT_DIR / str(artist_id) / f"statement-{period}.pdf"
    if not pdf.is_file():
        abort(404)
    return send_file(pdf, mimetype="application/pdf", download_name=pdf.name)
