"""Bearer-token validation for the mobile API against the identity provider's JWKS."""

import json
import os
import time

import jwt
import requests
from jwt.algorithms import RSAAlgorithm

JWKS_URL = os.environ["HIVESENSE_JWKS_URL"]
ISSUER = os.environ["HIVESENSE_TOKEN_ISSUER"]
AUDIENCE = "hivesense-mobile"
JWKS_TTL = 3600


class AuthError(Exception):
    pass


class _JwksCache:
    def __init__(self):
        self._keys: dict[str, object] = {}
        self._fetched_at = 0.0

    def _refresh(self) -> None:
        resp = requests.get(JWKS_URL, timeout=5)
        resp.raise_for_status()
        self._keys = {
            jwk["kid"]: RSAAlgorithm.from_jwk(json.dumps(jwk))
            for jwk in resp.json()["keys"]
            if jwk.get("kty") == "RSA"
        }
        self._fetched_at = time.monotonic()

    def get(self, kid: str):
        if kid not in self._keys or time.monotonic() - self._fetched_at > JWKS_TTL:
            self._refresh()
        try:
            return self._keys[kid]
        except KeyError:
            raise AuthError("unknown signing key") from None


_cache = _JwksCache()


def validate(token: str) -> dict:
    try:
        kid = jwt.get_unverified_header(token).get("kid")
        if not kid:
            raise AuthError("token has no key id")
        return jwt.decode(
            token,
            _cache.get(kid),
            algorithms=["RS256"],
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise AuthError(str(exc)) from exc
