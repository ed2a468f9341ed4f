"""Verifies ID tokens issued by the booking portal's identity provider for client users."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import wraps

import jwt
from flask import abort, g, request
from jwt import PyJWKClient


@dataclass(frozen=True)
class PortalAuthSettings:
    jwks_url: str
    issuer: str
    audience: str
    algorithms: tuple[str, ...] = ("RS256",)

    @classmethod
    def from_env(cls) -> "PortalAuthSettings":
        return cls(
            jwks_url=os.environ["PORTAL_JWKS_URL"],
            issuer=os.environ["PORTAL_ISSUER"],
            audience=os.environ["PORTAL_AUDIENCE"],
        )


class PortalTokenVerifier:
    def __init__(self, settings: PortalAuthSettings) -> None:
        self._settings = settings
        self._jwks = PyJWKClient(settings.jwks_url, cache_keys=True)

    def key_id(self, token: str) -> str | None:
        """Used only for logging which signing key a rejected token claimed."""
        try:
            return jwt.get_unverified_header(token).get("kid")
        except jwt.PyJWTError:
            return None

    def verify(self, token: str) -> dict:
        signing_key = self._jwks.get_signing_key_from_jwt(token)
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=list(self._settings.algorithms),
            audience=self._settings.audience,
            issuer=self._settings.issuer,
            options={"require": ["exp", "iat", "sub"]},
        )


verifier = PortalTokenVerifier(PortalAuthSettings.from_env())


def client_login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            abort(401)
        token = header.removeprefix("Bearer ")
        try:
            claims = verifier.verify(token)
        except jwt.PyJWTError:
            abort(401)
        g.client_id = claims["sub"]
        g.booking_ids = set(claims.get("bookings", []))
        return view(*args, **kwargs)

    return wrapper
