"""Verify identity-provider tokens for the investor reporting API.

The IdP rotates signing keys; the `kid` header picks which published key to
verify against.
"""

import os
from functools import lru_cache

import jwt
import requests

ISSUER = os.environ["IDP_ISSUER"]
AUDIENCE = os.environ.get("IDP_AUDIENCE", "investor-portal")


@lru_cache(maxsize=1)
def _signing_keys() -> dict[str, object]:
    resp = requests.get(f"{ISSUER}/.well-known/jwks.json", timeout=10)
    resp.raise_for_status()
    keys = {}
    for jwk in resp.json()["keys"]:
        if jwk.get("use", "sig") == "sig" and jwk.get("kty") == "RSA":
            keys[jwk["kid"]] = jwt.algorithms.RSAAlgorithm.from_jwk(jwk)
    return keys


def verify_token(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    key = _signing_keys().get(header.get("kid", ""))
    if key is None:
        _signing_keys.cache_clear()
        key = _signing_keys().get(header.get("kid", ""))
    if key is None:
        raise jwt.InvalidTokenError("unknown signing key")
    return jwt.decode(
        token,
        key=key,
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "iat", "sub"]},
    )
