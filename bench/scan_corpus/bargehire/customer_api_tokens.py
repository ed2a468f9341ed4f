"""Access tokens for the hirer mobile app.

The app logs in once and receives a short-lived access token. Tokens are
HS256 JWTs signed with a key held in the secrets manager and checked on every
API call.
"""
from __future__ import annotations

import os
import uuid
from datetime import datetime, timedelta, timezone
from functools import wraps

import jwt
from flask import abort, g, request

ISSUER = "https://book.bargehire.example"
AUDIENCE = "bargehire-mobile"
ACCESS_TTL = timedelta(minutes=30)


class TokenService:
    def __init__(self, signing_key: str | None = None) -> None:
        self._key = signing_key or os.environ["MOBILE_JWT_KEY"]

    def issue(self, customer_id: int, scopes: list[str]) -> str:
        now = datetime.now(timezone.utc)
        claims = {
            "iss": ISSUER,
            "aud": AUDIENCE,
            "sub": str(customer_id),
            "iat": now,
            "exp": now + ACCESS_TTL,
            "jti": uuid.uuid4().hex,
            "scope": " ".join(scopes),
        }
        return jwt.encode(claims, self._key, algorithm="HS256")

    def verify(self, token: str) -> dict:
        return jwt.decode(
            token,
            self._key,
            algorithms=["HS256"],
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "sub", "aud", "iss"]},
        )


_tokens = TokenService()


def require_scope(scope: str):
    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            header = request.headers.get("Authorization", "")
            if not header.startswith("Bearer "):
                abort(401)
            try:
                claims = _tokens.verify(header[len("Bearer "):])
            except jwt.PyJWTError:
                abort(401)
            if scope not in claims.get("scope", "").split():
                abort(403)
            g.customer_id = int(claims["sub"])
            return view(*args, **kwargs)
        return wrapper
    return decorator
