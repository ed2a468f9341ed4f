"""Short-lived API tokens for the workroom tablets used by furriers and cleaners."""
from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

import jwt
from flask import g, request
from werkzeug.exceptions import Unauthorized

SIGNING_KEYS = {
    kid: os.environ[f"STAFF_JWT_KEY_{kid.upper()}"]
    for kid in os.environ.get("STAFF_JWT_KIDS", "k1").split(",")
}
ACTIVE_KID = os.environ.get("STAFF_JWT_ACTIVE_KID", "k1")
AUDIENCE = "furrier-workroom"
TOKEN_TTL = timedelta(hours=10)


def issue(staff_id: int, station: str) -> str:
    now = datetime.now(timezone.utc)
    claims = {
        "sub": str(staff_id),
        "station": station,
        "aud": AUDIENCE,
        "iat": now,
        "exp": now + TOKEN_TTL,
    }
    return jwt.encode(claims, SIGNING_KEYS[ACTIVE_KID], algorithm="HS256",
                      headers={"kid": ACTIVE_KID})


def _key_for(token: str) -> str:
    kid = jwt.get_unverified_header(token).get("kid")
    try:
        return SIGNING_KEYS[kid]
    except KeyError:
        raise Unauthorized("unknown signing key")


def verify(token: str) -> dict:
    try:
        return jwt.decode(
            token,
            _key_for(token),
            algorithms=["HS256"],
            audience=AUDIENCE,
            options={"require": ["exp", "sub", "aud"]},
        )
    except jwt.PyJWTError as exc:
        raise Unauthorized("invalid workroom token") from exc


def load_staff_from_request() -> None:
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        raise Unauthorized("missing workroom token")
    claims = verify(header.removeprefix("Bearer ").strip())
    g.staff_id = int(claims["sub"])
    g.station = claims.get("station", "unknown")
