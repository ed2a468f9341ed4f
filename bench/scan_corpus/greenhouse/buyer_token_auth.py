"""Validates buyer access tokens issued by our identity provider."""
from __future__ import annotations

import os
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel

bearer = HTTPBearer()

TOKEN_SETTINGS = {
    "issuer": os.environ.get("BUYER_TOKEN_ISSUER", ""),
    "audience": os.environ.get("BUYER_TOKEN_AUDIENCE", "buyer-api"),
    "jwks_url": os.environ.get("BUYER_JWKS_URL", ""),
    "algorithms": ["RS256", "ES256"],
    "leeway": 30,
}


class Buyer(BaseModel):
    buyer_id: str
    scopes: list[str]


@lru_cache(maxsize=1)
def _jwks() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(TOKEN_SETTINGS["jwks_url"], cache_keys=True)


def _decode(token: str) -> dict:
    signing_key = _jwks().get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=TOKEN_SETTINGS["algorithms"],
        audience=TOKEN_SETTINGS["audience"],
        issuer=TOKEN_SETTINGS["issuer"],
        leeway=TOKEN_SETTINGS["leeway"],
        options={"require": ["exp", "iss", "aud", "sub"]},
    )


def current_buyer(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> Buyer:
    try:
        claims = _decode(creds.credentials)
    except (jwt.PyJWTError, jwt.PyJWKClientError) as exc:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid token") from exc
    return Buyer(buyer_id=claims["sub"], scopes=claims.get("scope", "").split())
