"""Token validation for internal ops tools behind the corporate SSO.

Signing keys are published by the identity provider as a JWKS document and
rotated regularly; the key id in the token header selects which one to use.
"""
import os
import time

import jwt
import requests
from jwt.algorithms import RSAAlgorithm

ISSUER = os.environ["OPS_SSO_ISSUER"]
AUDIENCE = os.environ.get("OPS_SSO_AUDIENCE", "ops-tools")
JWKS_URL = f"{ISSUER.rstrip('/')}/.well-known/jwks.json"
JWKS_TTL_S = 3600


class JwksCache:
    def __init__(self, url: str = JWKS_URL):
        self.url = url
        self._keys: dict[str, object] = {}
        self._fetched_at = 0.0

    def _refresh(self) -> None:
        resp = requests.get(self.url, timeout=5)
        resp.raise_for_status()
        self._keys = {k["kid"]: RSAAlgorithm.from_jwk(k) for k in resp.json()["keys"]}
        self._fetched_at = time.monotonic()

    def key_for(self, kid: str):
        if kid not in self._keys or time.monotonic() - self._fetched_at > JWKS_TTL_S:
            self._refresh()
        try:
            return self._keys[kid]
        except KeyError:
            raise jwt.InvalidTokenError("unknown signing key") from None


_jwks = JwksCache()


def validate(token: str) -> dict:
    # header is only used to pick the key; the signature is checked below
    kid = jwt.get_unverified_header(token).get("kid", "")
    return jwt.decode(
        token,
        key=_jwks.key_for(kid),
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "iat", "sub"]},
    )
