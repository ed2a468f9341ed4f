"""Support for "keep me signed in" on the web login (AUTH-77).

When the box is ticked we issue a long-lived random token, store only its
SHA-256 digest, and set it as a cookie. ``restore_session`` is registered as
a ``before_request`` hook and logs the user back in from that cookie.
"""
from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from flask import Response, g, request, session

from auth.models import RememberToken, User, db

COOKIE_NAME = "remember_token"
REMEMBER_FOR = timedelta(days=30)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def issue_remember_cookie(response: Response, user: User) -> Response:
    """Create a remember-me token for ``user`` and attach it to ``response``."""
    token = secrets.token_urlsafe(32)
    db.session.add(
        RememberToken(
            user_id=user.id,
            token_hash=_digest(token),
            expires_at=datetime.now(timezone.utc) + REMEMBER_FOR,
        )
    )
    db.session.commit()
    response.set_cookie(
        COOKIE_NAME,
        token,
        max_age=int(REMEMBER_FOR.total_seconds()),
        samesite="Lax",
    )
    return response


def restore_session() -> None:
    """Log the user in from a remember-me cookie if there is no session."""
    if "user_id" in session:
        return
    token = request.cookies.get(COOKIE_NAME)
    if not token:
        return
    record = RememberToken.query.filter_by(token_hash=_digest(token)).first()
    if record is None or record.expires_at < datetime.now(timezone.utc):
        return
    session["user_id"] = record.user_id
    g.restored_from_cookie = True


def clear_remember_cookie(response: Response) -> Response:
    response.delete_cookie(COOKIE_NAME)
    return response
