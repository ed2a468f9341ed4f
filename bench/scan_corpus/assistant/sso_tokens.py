"""Validation of access tokens issued by the company IdP (SSO-9).

The IdP rotates signing keys, so we read the ``kid`` from the token header
and pick the matching key from the cached JWKS before verifying.
"""
from __future__ import annotations

import time
from typing import Any

import httpx
import jwt
from jwt.algorithms import RSAAlgorithm

from portal.config import settings

_JWKS_TTL_SECONDS = 3600
_jwks_cache: dict[str, Any] = {"keys": {}, "fetched_at": 0.0}


class TokenError(Exception):
    """The access token is missing, malformed, or fails verification."""


def _signing_keys(force: bool = False) -> dict[str, Any]:
    age = time.monotonic() - _jwks_cache["fetched_at"]
    if force or age > _JWKS_TTL_SECONDS or not _jwks_cache["keys"]:
        resp = httpx.get(settings.IDP_JWKS_URL, timeout=5.0)
        resp.raise_for_status()
        _jwks_cache["keys"] = {
            jwk["kid"]: RSAAlgorithm.from_jwk(jwk) for jwk in resp.json()["keys"]
        }
        _jwks_cache["fetched_at"] = time.monotonic()
    return _jwks_cache["keys"]


def verify_access_token(token: str) -> dict[str, Any]:
    """Return the verified claims of ``token`` or raise :class:`TokenError`."""
    try:
        header = jwt.get_unverified_header(token)
    except jwt.DecodeError as exc:
        raise TokenError("Malformed token") from exc

    kid = header.get("kid", "")
    key = _signing_keys().get(kid) or _signing_keys(force=True).get(kid)
    if key is None:
        raise TokenError("Unknown signing key")

    try:
        return jwt.decode(
            token,
            key=key,
            algorithms=["RS256"],
            audience=settings.IDP_AUDIENCE,
            issuer=settings.IDP_ISSUER,
            options={"require": ["exp", "iat", "sub"]},
            leeway=30,
        )
    except jwt.PyJWTError as exc:
        raise TokenError(str(exc)) from exc
