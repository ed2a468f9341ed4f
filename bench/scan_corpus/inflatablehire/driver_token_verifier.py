"""Verifies driver-app access tokens signed by the identity service."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import wraps

import jwt
from flask import g, jsonify, request

ISSUER = "https://id.bounce-hire.co.uk"
AUDIENCE = "driver-app"
_DECODE_OPTIONS = {
    "verify_signature": True,
    "verify_exp": True,
    "require": ["exp", "iat", "sub"],
}


@dataclass
class Driver:
    driver_id: int
    depot: str


class DriverTokenVerifier:
    def __init__(self, jwks_url: str) -> None:
        self._jwks = jwt.PyJWKClient(jwks_url, cache_keys=True)

    def verify(self, token: str) -> Driver:
        signing_key = self._jwks.get_signing_key_from_jwt(token)
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=["RS256"],
            audience=AUDIENCE,
            issuer=ISSUER,
            options=_DECODE_OPTIONS,
            leeway=30,
        )
        return Driver(driver_id=int(claims["sub"]), depot=claims.get("depot", "main"))


_verifier = DriverTokenVerifier(os.environ.get("DRIVER_JWKS_URL", f"{ISSUER}/.well-known/jwks.json"))


def require_driver(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        auth = request.headers.get("Authorization", "")
        scheme, _, token = auth.partition(" ")
        if scheme.lower() != "bearer" or not token:
            return jsonify(error="missing bearer token"), 401
        try:
            g.driver = _verifier.verify(token)
        except jwt.PyJWTError:
            return jsonify(error="invalid token"), 401
        return view(*args, **kwargs)

    return wrapper
