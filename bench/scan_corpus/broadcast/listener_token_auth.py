"""Bearer-token authentication for the listener app API.

Tokens are RS256 JWTs issued by the identity provider; signing keys are
fetched (and cached) from its JWKS endpoint.
"""
from __future__ import annotations

import os
from functools import lru_cache

import jwt
from fastapi import Header, HTTPException
from jwt import PyJWKClient


@lru_cache(maxsize=1)
def _jwks_client() -> PyJWKClient:
    return PyJWKClient(os.environ["LISTENER_IDP_JWKS_URL"], cache_keys=True, lifespan=3600)


def decode_listener_token(token: str) -> dict:
    signing_key = _jwks_client().get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256"],
        audience=os.environ.get("LISTENER_API_AUDIENCE", "listener-api"),
        issuer=os.environ["LISTENER_IDP_ISSUER"],
        options={"require": ["exp", "iat", "sub"]},
        leeway=30,
    )


def current_listener(authorization: str = Header(...)) -> str:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="missing bearer token")
    try:
        claims = decode_listener_token(token)
    except (jwt.PyJWTError, jwt.PyJWKClientError):
        raise HTTPException(status_code=401, detail="invalid token")
    return str(claims["sub"])
