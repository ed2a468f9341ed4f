"""Access tokens for the club's mobile app (score logging and bookings).

The app logs in with e-mail and password and receives a short-lived JWT
signed with the club's HS256 key; API requests carry it as a bearer token.
"""
from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from functools import wraps

import jwt
from flask import abort, g, request

ISSUER = "club-api"
AUDIENCE = "club-mobile-app"
ACCESS_TTL = timedelta(minutes=30)
ALGORITHM = "HS256"


def _signing_key() -> str:
    return os.environ["MOBILE_JWT_SIGNING_KEY"]


def issue_access_token(member_id: int, roles: list[str]) -> str:
    now = datetime.now(timezone.utc)
    claims = {
        "sub": str(member_id),
        "roles": roles,
        "iss": ISSUER,
        "aud": AUDIENCE,
        "iat": now,
        "exp": now + ACCESS_TTL,
    }
    return jwt.encode(claims, _signing_key(), algorithm=ALGORITHM)


def decode_access_token(token: str) -> dict:
    return jwt.decode(
        token,
        _signing_key(),
        algorithms=[ALGORITHM],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "sub", "aud", "iss"]},
    )


def require_token(*required_roles: str):
    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            header = request.headers.get("Authorization", "")
            scheme, _, token = header.partition(" ")
            if scheme.lower() != "bearer" or not token:
                abort(401)
            try:
                claims = decode_access_token(token)
            except jwt.InvalidTokenError:
                abort(401)
            if required_roles and not set(required_roles) & set(claims.get("roles", [])):
                abort(403)
            g.member_id = int(claims["sub"])
            g.roles = claims.get("roles", [])
            return view(*args, **kwargs)

        return wrapper

    return decorator
