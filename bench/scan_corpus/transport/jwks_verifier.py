"""Verify partner-issued JWTs, picking the signing key by `kid`.

Partners rotate keys; we keep a small cache of their JWKS documents and look
up the key named in the token header before verifying the signature.
"""
import os
import time

import jwt
import requests
from jwt.algorithms import RSAAlgorithm

JWKS_TTL_SECONDS = 3600
_cache: dict[str, tuple[float, dict]] = {}


class PartnerTokenError(Exception):
    pass


def _jwks(url: str) -> dict:
    cached = _cache.get(url)
    if cached and time.monotonic() - cached[0] < JWKS_TTL_SECONDS:
        return cached[1]
    resp = requests.get(url, timeout=10)
    resp.raise_for_status()
    doc = resp.json()
    _cache[url] = (time.monotonic(), doc)
    return doc


def _signing_key(jwks_url: str, kid: str):
    for jwk in _jwks(jwks_url).get("keys", []):
        if jwk.get("kid") == kid:
            return RSAAlgorithm.from_jwk(jwk)
    raise PartnerTokenError(f"unknown key id {kid!r}")


def verify_partner_token(token: str, partner: dict) -> dict:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.DecodeError as exc:
        raise PartnerTokenError("malformed token") from exc
    key = _signing_key(partner["jwks_url"], header.get("kid", ""))
    try:
        return jwt.decode(
            token,
            key,
            algorithms=["RS256"],
            audience=os.environ["PARTNER_API_AUDIENCE"],
            issuer=partner["issuer"],
        )
    except jwt.PyJWTError as exc:
        raise PartnerTokenError(str(exc)) from exc
