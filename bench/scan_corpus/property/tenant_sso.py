"""Validates ID tokens issued by the resident identity provider for the tenant portal."""
import time
from functools import lru_cache

import jwt
import requests
from jwt.algorithms import RSAAlgorithm

from .config import settings

ALLOWED_ALGORITHMS = ["RS256"]
JWKS_TTL_SECONDS = 3600


class TokenRejected(Exception):
    pass


@lru_cache(maxsize=1)
def _jwks(_bucket: int) -> dict:
    resp = requests.get(settings.idp_jwks_url, timeout=10)
    resp.raise_for_status()
    return {k["kid"]: RSAAlgorithm.from_jwk(k) for k in resp.json()["keys"]}


def _signing_key(kid: str):
    keys = _jwks(int(time.time() // JWKS_TTL_SECONDS))
    if kid not in keys:
        raise TokenRejected("unknown signing key")
    return keys[kid]


def verify_id_token(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGORITHMS:
        raise TokenRejected("unexpected algorithm")
    try:
        return jwt.decode(
            token,
            key=_signing_key(header.get("kid", "")),
            algorithms=ALLOWED_ALGORITHMS,
            audience=settings.portal_client_id,
            issuer=settings.idp_issuer,
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise TokenRejected(str(exc)) from exc


def tenant_id_from_token(token: str) -> int:
    claims = verify_id_token(token)
    return int(claims["https://resident.example/tenant_id"])
