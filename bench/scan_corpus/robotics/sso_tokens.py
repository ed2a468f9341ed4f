"""Validates SSO access tokens for the console API (customer IdPs via OIDC)."""
from __future__ import annotations

import jwt
from jwt import PyJWKClient

ALLOWED_ALGS = ["RS256", "ES256"]


class TokenRejected(Exception):
    pass


class TokenValidator:
    def __init__(self, issuer: str, audience: str, jwks_url: str):
        self._issuer = issuer
        self._audience = audience
        self._jwks = PyJWKClient(jwks_url, cache_keys=True, lifespan=3600)

    def validate(self, token: str) -> dict:
        try:
            header = jwt.get_unverified_header(token)
        except jwt.DecodeError as exc:
            raise TokenRejected("malformed token") from exc
        if header.get("alg") not in ALLOWED_ALGS or "kid" not in header:
            raise TokenRejected("unsupported token header")
        try:
            signing_key = self._jwks.get_signing_key(header["kid"])
            return jwt.decode(
                token,
                signing_key.key,
                algorithms=ALLOWED_ALGS,
                audience=self._audience,
                issuer=self._issuer,
                options={"require": ["exp", "iat", "sub"]},
            )
        except (jwt.PyJWKClientError, jwt.InvalidTokenError) as exc:
            raise TokenRejected(str(exc)) from exc
