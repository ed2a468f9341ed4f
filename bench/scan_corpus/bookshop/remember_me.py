"""Persistent "keep me signed in" login for the storefront.

A random token is given to the browser and only its SHA-256 digest is kept in
the database, so a leaked table can't be replayed.
"""
import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from flask import Response, request

from .models import RememberToken, db

COOKIE_NAME = "bs_remember"
LIFETIME = timedelta(days=30)
REMEMBER_COOKIE = {
    "max_age": int(LIFETIME.total_seconds()),
    "path": "/",
    "samesite": "Lax",
}


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def remember(response: Response, customer_id: int) -> Response:
    token = secrets.token_urlsafe(32)
    db.session.add(RememberToken(
        customer_id=customer_id,
        token_digest=_digest(token),
        expires_at=datetime.now(timezone.utc) + LIFETIME,
        user_agent=request.headers.get("User-Agent", "")[:200],
    ))
    db.session.commit()
    response.set_cookie(COOKIE_NAME, token, **REMEMBER_COOKIE)
    return response


def customer_from_cookie() -> int | None:
    token = request.cookies.get(COOKIE_NAME)
    if not token:
        return None
    row = RememberToken.query.filter_by(token_digest=_digest(token)).first()
    if row is None or row.expires_at < datetime.now(timezone.utc):
        return None
    return row.customer_id


def forget(response: Response) -> Response:
    token = request.cookies.get(COOKIE_NAME)
    if token:
        RememberToken.query.filter_by(token_digest=_digest(token)).delete()
        db.session.commit()
    response.delete_cookie(COOKIE_NAME, path="/")
    return response
