"""Validation of ID tokens from the cooperative's identity provider.

The IdP rotates signing keys; the ``kid`` in the token header tells us which
key from the cached JWKS to use.
"""
import os
import time

import jwt
import requests

ISSUER = os.environ["COOP_IDP_ISSUER"]
AUDIENCE = os.environ["COOP_IDP_CLIENT_ID"]
JWKS_URL = f"{ISSUER.rstrip('/')}/.well-known/jwks.json"
JWKS_TTL = 3600

_jwks_cache: dict = {"keys": {}, "fetched_at": 0.0}


def _signing_keys(force: bool = False) -> dict:
    if force or time.time() - _jwks_cache["fetched_at"] > JWKS_TTL:
        resp = requests.get(JWKS_URL, timeout=10)
        resp.raise_for_status()
        _jwks_cache["keys"] = {
            k["kid"]: jwt.algorithms.RSAAlgorithm.from_jwk(k)
            for k in resp.json()["keys"]
            if k.get("kty") == "RSA"
        }
        _jwks_cache["fetched_at"] = time.time()
    return _jwks_cache["keys"]


def validate_id_token(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    kid = header.get("kid")
    key = _signing_keys().get(kid) or _signing_keys(force=True).get(kid)
    if key is None:
        raise jwt.InvalidTokenError("unknown signing key")
    return jwt.decode(
        token,
        key,
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "iat", "sub"]},
    )
