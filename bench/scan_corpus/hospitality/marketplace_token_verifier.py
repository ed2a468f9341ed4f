"""Verify the bearer tokens the delivery marketplace attaches to its callbacks.

The marketplace publishes its signing keys as a JWKS document and rotates
them every few weeks, so keys are looked up by the ``kid`` in the token header.
"""
from __future__ import annotations

import logging

import jwt
from jwt import PyJWKClient

log = logging.getLogger(__name__)

ALLOWED_ALGORITHMS = ["RS256"]


class MarketplaceTokenVerifier:
    def __init__(self, jwks_url: str, issuer: str, audience: str) -> None:
        self._jwks = PyJWKClient(jwks_url, cache_keys=True, lifespan=3600)
        self.issuer = issuer
        self.audience = audience

    def verify(self, token: str) -> dict:
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in ALLOWED_ALGORITHMS:
            raise jwt.InvalidAlgorithmError(f"unexpected alg {header.get('alg')!r}")
        signing_key = self._jwks.get_signing_key_from_jwt(token)
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGORITHMS,
            audience=self.audience,
            issuer=self.issuer,
            options={"require": ["exp", "iat", "iss", "aud", "store_id"]},
        )
        log.debug("marketplace token accepted for store %s (kid=%s)", claims["store_id"], header.get("kid"))
        return claims
