"""Remember-me login for the donor portal.

Regular donors can stay signed in on their own device to update direct-debit
amounts and download Gift Aid statements. The remember token is random and
only its hash is stored server-side.
"""
from __future__ import annotations

import hashlib
import os
import secrets
from datetime import datetime, timedelta, timezone

from flask import Flask, abort, g, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = os.environ["DONOR_PORTAL_SECRET_KEY"]
app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_SAMESITE="Lax")

REMEMBER_COOKIE = "fb_donor_remember"
REMEMBER_DAYS = 30
COOKIE_OPTS = {
    "max_age": REMEMBER_DAYS * 24 * 3600,
    "path": "/",
    "samesite": "Lax",
}

_TOKENS: dict[str, tuple[int, datetime]] = {}


def _fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_remember_token(donor_id: int) -> str:
    token = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + timedelta(days=REMEMBER_DAYS)
    _TOKENS[_fingerprint(token)] = (donor_id, expires)
    return token


def donor_from_cookie() -> int | None:
    token = request.cookies.get(REMEMBER_COOKIE)
    if not token:
        return None
    entry = _TOKENS.get(_fingerprint(token))
    if entry is None or entry[1] < datetime.now(timezone.utc):
        return None
    return entry[0]


@app.before_request
def load_donor() -> None:
    g.donor_id = donor_from_cookie()


@app.post("/login/complete")
def login_complete():
    donor_id = session.pop("pending_donor_id", None)
    if donor_id is None:
        abort(401)
    session["donor_id"] = donor_id
    response = make_response(redirect("/account"))
    if request.form.get("remember") == "on":
        response.set_cookie(REMEMBER_COOKIE, issue_remember_token(donor_id), **COOKIE_OPTS)
    return response


@app.post("/logout")
def logout():
    token = request.cookies.get(REMEMBER_COOKIE)
    if token:
        _TOKENS.pop(_fingerprint(token), None)
    session.clear()
    response = make_response(redirect("/"))
    response.delete_cookie(REMEMBER_COOKIE, path="/")
    return response
