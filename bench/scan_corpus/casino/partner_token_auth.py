"""Verifies bearer tokens issued by B2B partners' identity providers.

Each partner publishes a JWKS; the ``kid`` in the token header selects the key.
"""
from __future__ import annotations

import json
import time

import jwt
import requests

JWKS_TTL_SECONDS = 600


class TokenRejected(Exception):
    pass


class PartnerTokenVerifier:
    def __init__(self, jwks_url: str, issuer: str, audience: str, session: requests.Session | None = None):
        self._jwks_url = jwks_url
        self._issuer = issuer
        self._audience = audience
        self._session = session or requests.Session()
        self._keys: dict[str, dict] = {}
        self._fetched_at = 0.0

    def _refresh(self) -> None:
        resp = self._session.get(self._jwks_url, timeout=5)
        resp.raise_for_status()
        self._keys = {k["kid"]: k for k in resp.json().get("keys", []) if k.get("kty") == "RSA"}
        self._fetched_at = time.monotonic()

    def _key_for(self, kid: str):
        if kid not in self._keys or time.monotonic() - self._fetched_at > JWKS_TTL_SECONDS:
            self._refresh()
        jwk = self._keys.get(kid)
        if jwk is None:
            raise TokenRejected("unknown signing key")
        return jwt.algorithms.RSAAlgorithm.from_jwk(json.dumps(jwk))

    def verify(self, token: str) -> dict:
        try:
            header = jwt.get_unverified_header(token)
            key = self._key_for(header.get("kid", ""))
            return jwt.decode(
                token,
                key=key,
                algorithms=["RS256"],
                audience=self._audience,
                issuer=self._issuer,
                options={"require": ["exp", "iat", "sub"]},
            )
        except jwt.PyJWTError as exc:
            raise TokenRejected(str(exc)) from exc
