"""Signed links that let a customer approve a reupholstery quote without logging in.

The quote email contains a link like /quotes/<id>/approve?exp=...&sig=...;
clicking it moves the job ticket to "approved" and triggers the deposit request.
"""
import hashlib
import hmac
import os
import secrets
import time
from urllib.parse import urlencode

from flask import Blueprint, abort, redirect, request, url_for

from .quotes import approve_quote, get_quote

bp = Blueprint("quote_links", __name__)
LINK_TTL = 14 * 24 * 3600


def _signing_key() -> bytes:
    return os.environ["QUOTE_LINK_KEY"].encode()


def _sign(quote_id: int, total_pence: int, expires: int) -> str:
    message = f"{quote_id}:{total_pence}:{expires}".encode()
    return hmac.new(_signing_key(), message, hashlib.sha256).hexdigest()


def approval_url(quote_id: int, total_pence: int, now: float | None = None) -> str:
    expires = int((now or time.time()) + LINK_TTL)
    query = urlencode({"exp": expires, "sig": _sign(quote_id, total_pence, expires)})
    return url_for("quote_links.approve", quote_id=quote_id, _external=True) + "?" + query


@bp.get("/quotes/<int:quote_id>/approve")
def approve(quote_id: int):
    quote = get_quote(quote_id)
    if quote is None:
        abort(404)
    try:
        expires = int(request.args.get("exp", "0"))
    except ValueError:
        abort(400)
    if expires < time.time():
        return redirect(url_for("quotes.expired", quote_id=quote_id))
    expected = _sign(quote_id, quote.total_pence, expires)
    if not secrets.compare_digest(request.args.get("sig", ""), expected):
        abort(403)
    approve_quote(quote_id, via="email_link")
    return redirect(url_for("quotes.thanks", quote_id=quote_id))
