"""Validate access tokens presented by exchange network partners.

Partners obtain RS256 tokens from the exchange network's identity service and
present them when calling our availability API. Keys are fetched from the
identity service's JWKS endpoint and cached.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import wraps

import jwt
from flask import abort, g, request
from jwt import PyJWKClient


@dataclass(frozen=True)
class PartnerIdentity:
    partner_code: str
    scopes: frozenset[str]


class PartnerTokenValidator:
    def __init__(self, jwks_url: str, issuer: str, audience: str) -> None:
        self._jwks = PyJWKClient(jwks_url, cache_keys=True, lifespan=3600)
        self._issuer = issuer
        self._audience = audience

    @classmethod
    def from_env(cls) -> "PartnerTokenValidator":
        return cls(
            os.environ["EXCHANGE_JWKS_URL"],
            os.environ["EXCHANGE_TOKEN_ISSUER"],
            os.environ.get("PARTNER_API_AUDIENCE", "availability-api"),
        )

    def validate(self, token: str) -> PartnerIdentity:
        signing_key = self._jwks.get_signing_key_from_jwt(token)
        claims = jwt.decode(token, signing_key.key, algorithms=["RS256"], audience=self._audience, issuer=self._issuer, options={"require": ["exp", "iss", "aud", "sub"]})
        return PartnerIdentity(
            partner_code=claims["sub"],
            scopes=frozenset(claims.get("scope", "").split()),
        )


_validator: PartnerTokenValidator | None = None


def _get_validator() -> PartnerTokenValidator:
    global _validator
    if _validator is None:
        _validator = PartnerTokenValidator.from_env()
    return _validator


def partner_required(scope: str):
    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            header = request.headers.get("Authorization", "")
            if not header.startswith("Bearer "):
                abort(401)
            try:
                identity = _get_validator().validate(header[len("Bearer "):])
            except jwt.PyJWTError:
                abort(401)
            if scope not in identity.scopes:
                abort(403)
            g.partner = identity
            return view(*args, **kwargs)

        return wrapper

    return decorator
