"""Validation of ID tokens issued by airline identity providers.

Each partner airline has its own IdP. The ``kid`` in the token header
selects the key from that airline's JWKS; the token is then fully verified.
"""
from __future__ import annotations

import time

import jwt
import requests
from jwt.algorithms import RSAAlgorithm

ALLOWED_ALGORITHMS = ["RS256"]
JWKS_TTL = 3600


class AirlineTokenValidator:
    def __init__(self, issuers: dict[str, str], audience: str):
        # issuer URL -> JWKS URL, loaded from the partner onboarding config
        self._issuers = issuers
        self._audience = audience
        self._keys: dict[tuple[str, str], object] = {}
        self._fetched_at: dict[str, float] = {}

    def _refresh(self, issuer: str) -> None:
        resp = requests.get(self._issuers[issuer], timeout=5)
        resp.raise_for_status()
        for jwk in resp.json()["keys"]:
            self._keys[(issuer, jwk["kid"])] = RSAAlgorithm.from_jwk(jwk)
        self._fetched_at[issuer] = time.monotonic()

    def _key_for(self, issuer: str, kid: str):
        stale = time.monotonic() - self._fetched_at.get(issuer, 0) > JWKS_TTL
        if stale or (issuer, kid) not in self._keys:
            self._refresh(issuer)
        return self._keys[(issuer, kid)]

    def validate(self, token: str, issuer: str) -> dict:
        if issuer not in self._issuers:
            raise jwt.InvalidIssuerError(f"unknown issuer {issuer}")
        header = jwt.get_unverified_header(token)
        key = self._key_for(issuer, header["kid"])
        return jwt.decode(
            token,
            key=key,
            algorithms=ALLOWED_ALGORITHMS,
            audience=self._audience,
            issuer=issuer,
            options={"require": ["exp", "iat", "sub"]},
        )
