"""Sign-in with tokens issued by the hotel partner's identity provider.

Resort hotel guests arrive with an ID token from the partner; we map it to a
guest profile so their room package perks show up in the park app.
"""
import time

import jwt
import requests
from jwt.algorithms import RSAAlgorithm


class PartnerTokenVerifier:
    def __init__(self, jwks_url: str, issuer: str, audience: str, cache_seconds: int = 3600):
        self._jwks_url = jwks_url
        self._issuer = issuer
        self._audience = audience
        self._cache_seconds = cache_seconds
        self._keys: dict = {}
        self._fetched_at = 0.0

    def _refresh_keys(self) -> None:
        resp = requests.get(self._jwks_url, timeout=10)
        resp.raise_for_status()
        self._keys = {k["kid"]: RSAAlgorithm.from_jwk(k) for k in resp.json()["keys"]}
        self._fetched_at = time.monotonic()

    def _key_for(self, kid: str):
        stale = time.monotonic() - self._fetched_at > self._cache_seconds
        if stale or kid not in self._keys:
            self._refresh_keys()
        if kid not in self._keys:
            raise jwt.InvalidTokenError("unknown signing key")
        return self._keys[kid]

    def verify(self, token: str) -> dict:
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
