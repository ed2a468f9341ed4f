"""Validate single sign-on tokens for the staff client.

Staff authenticate against the county identity provider; the staff client
forwards the ID token and we validate it against the provider's JWKS.
"""
import os
import time

import jwt
import requests
from jwt.algorithms import RSAAlgorithm

ISSUER = os.environ.get("STAFF_SSO_ISSUER", "")
AUDIENCE = os.environ.get("STAFF_SSO_CLIENT_ID", "")
JWKS_URL = os.environ.get("STAFF_SSO_JWKS_URL", "")
JWKS_TTL = 3600

_jwks_cache: dict = {"fetched": 0.0, "keys": {}}


class InvalidStaffToken(Exception):
    pass


def _signing_keys() -> dict:
    if time.time() - _jwks_cache["fetched"] > JWKS_TTL:
        resp = requests.get(JWKS_URL, timeout=10)
        resp.raise_for_status()
        _jwks_cache["keys"] = {
            k["kid"]: RSAAlgorithm.from_jwk(k) for k in resp.json()["keys"] if k.get("kty") == "RSA"
        }
        _jwks_cache["fetched"] = time.time()
    return _jwks_cache["keys"]


def validate_staff_token(token: str) -> dict:
    try:
        kid = jwt.get_unverified_header(token).get("kid")
    except jwt.DecodeError as exc:
        raise InvalidStaffToken("malformed token") from exc
    key = _signing_keys().get(kid)
    if key is None:
        raise InvalidStaffToken("unknown signing key")
    try:
        return jwt.decode(
            token,
            key,
            algorithms=["RS256"],
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise InvalidStaffToken(str(exc)) from exc
