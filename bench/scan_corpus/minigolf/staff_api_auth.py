"""Bearer-token authentication for the staff rota API."""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import jwt
from flask import abort, g, request

AUDIENCE = "puttpalace-rota-api"
ISSUER = "puttpalace-staff-sso"
ALGORITHMS = ["HS256"]
LEEWAY = timedelta(seconds=30)


@dataclass(frozen=True)
class StaffPrincipal:
    employee_no: int
    venue_ids: tuple[int, ...]
    role: str


def _key() -> str:
    return os.environ["ROTA_JWT_SECRET"]


def issue_token(employee_no: int, venue_ids: list[int], role: str, ttl_minutes: int = 60) -> str:
    now = datetime.now(timezone.utc)
    claims = {
        "sub": str(employee_no),
        "venues": venue_ids,
        "role": role,
        "aud": AUDIENCE,
        "iss": ISSUER,
        "iat": now,
        "exp": now + timedelta(minutes=ttl_minutes),
    }
    return jwt.encode(claims, _key(), algorithm=ALGORITHMS[0])


def decode_token(token: str) -> StaffPrincipal:
    claims = jwt.decode(
        token,
        _key(),
        algorithms=ALGORITHMS,
        audience=AUDIENCE,
        issuer=ISSUER,
        leeway=LEEWAY,
        options={"require": ["exp", "sub", "aud", "iss"]},
    )
    return StaffPrincipal(int(claims["sub"]), tuple(int(v) for v in claims.get("venues", [])), claims["role"])


def staff_required(role: str | None = None):
    def decorator(view):
        @functools.wraps(view)
        def wrapper(*args, **kwargs):
            scheme, _, token = request.headers.get("Authorization", "").partition(" ")
            if scheme.lower() != "bearer" or not token:
                abort(401)
            try:
                principal = decode_token(token)
            except jwt.InvalidTokenError:
                abort(401)
            if role is not None and principal.role != role:
                abort(403)
            venue_id = kwargs.get("venue_id")
            if venue_id is not None and venue_id not in principal.venue_ids:
                abort(403)
            g.staff = principal
            return view(*args, **kwargs)

        return wrapper

    return decorator
