"""Validate plant SSO access tokens for the quality inspection API.

The identity provider rotates its signing keys; the key id in the token
header selects the key from the provider's JWKS document.
"""
from __future__ import annotations

import os
import time

import httpx
import jwt
from jwt.algorithms import RSAAlgorithm

ISSUER = os.environ["QI_SSO_ISSUER"]
AUDIENCE = os.environ.get("QI_SSO_AUDIENCE", "quality-inspection-api")
JWKS_TTL = 600


class JwksCache:
    def __init__(self, jwks_url: str) -> None:
        self.jwks_url = jwks_url
        self._keys: dict[str, object] = {}
        self._fetched_at = 0.0

    def _refresh(self) -> None:
        resp = httpx.get(self.jwks_url, timeout=5.0)
        resp.raise_for_status()
        self._keys = {
            jwk["kid"]: RSAAlgorithm.from_jwk(jwk)
            for jwk in resp.json()["keys"]
            if jwk.get("kty") == "RSA" and jwk.get("use", "sig") == "sig"
        }
        self._fetched_at = time.monotonic()

    def key_for(self, kid: str):
        if kid not in self._keys or time.monotonic() - self._fetched_at > JWKS_TTL:
            self._refresh()
        try:
            return self._keys[kid]
        except KeyError:
            raise jwt.InvalidTokenError("unknown signing key") from None


jwks = JwksCache(f"{ISSUER.rstrip('/')}/protocol/openid-connect/certs")


def validate(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    key = jwks.key_for(str(header.get("kid", "")))
    return jwt.decode(
        token,
        key=key,
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "iat", "sub"]},
    )
