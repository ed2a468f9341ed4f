"""Bearer token validation for the trade customer API.

Tokens are RS256 JWTs from our identity service. The service rotates keys,
so the ``kid`` in the header tells us which public key to check against.
"""
from __future__ import annotations

import os
from functools import lru_cache

import jwt
from fastapi import Header, HTTPException, status
from jwt.algorithms import RSAAlgorithm

import httpx

ISSUER = os.environ.get("TRADE_TOKEN_ISSUER", "")
AUDIENCE = os.environ.get("TRADE_TOKEN_AUDIENCE", "trade-api")
JWKS_URL = os.environ.get("TRADE_JWKS_URL", "")
ALLOWED_ALGS = ["RS256"]


@lru_cache(maxsize=1)
def _public_keys() -> dict:
    resp = httpx.get(JWKS_URL, timeout=5.0)
    resp.raise_for_status()
    return {k["kid"]: RSAAlgorithm.from_jwk(k) for k in resp.json()["keys"]}


def _unauthorized(detail: str) -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail)


def verify_token(token: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.DecodeError as exc:
        raise _unauthorized("malformed token") from exc
    key = _public_keys().get(header.get("kid"))
    if key is None:
        raise _unauthorized("unknown signing key")
    try:
        return jwt.decode(
            token,
            key,
            algorithms=ALLOWED_ALGS,
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "sub", "scope"]},
        )
    except jwt.InvalidTokenError as exc:
        raise _unauthorized("invalid token") from exc


def current_customer(authorization: str = Header(...)) -> str:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise _unauthorized("bearer token required")
    return verify_token(token)["sub"]
