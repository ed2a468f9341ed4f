"""Verifies the short-lived tokens issued to bench tablets in the workshop."""
import os
from datetime import datetime, timedelta, timezone
from functools import wraps

import jwt
from flask import abort, g, request

TABLET_TOKEN_KEY = os.environ["BENCH_TABLET_JWT_KEY"]
TABLET_AUDIENCE = "atelier-bench"
TABLET_ISSUER = "atelier-workshop"
TOKEN_TTL = timedelta(hours=10)


def issue_tablet_token(staff_id: int, bench_no: int) -> str:
    now = datetime.now(timezone.utc)
    claims = {
        "sub": str(staff_id),
        "bench": bench_no,
        "aud": TABLET_AUDIENCE,
        "iss": TABLET_ISSUER,
        "iat": now,
        "exp": now + TOKEN_TTL,
    }
    return jwt.encode(claims, TABLET_TOKEN_KEY, algorithm="HS256")


def verify_tablet_token(token: str) -> dict:
    return jwt.decode(
        token,
        TABLET_TOKEN_KEY,
        algorithms=["HS256"],
        audience=TABLET_AUDIENCE,
        issuer=TABLET_ISSUER,
        options={"require": ["exp", "sub", "aud"]},
    )


def bench_login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            abort(401)
        try:
            claims = verify_tablet_token(header[7:])
        except jwt.PyJWTError:
            abort(401)
        g.staff_id = int(claims["sub"])
        g.bench_no = claims["bench"]
        return view(*args, **kwargs)

    return wrapper
