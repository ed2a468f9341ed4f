"""Authenticate the haulage driver mobile app against the site logistics API.

Drivers sign in through the group identity provider; the app sends the ID
token with each ticket scan so the API knows which driver collected a load.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer


@dataclass(frozen=True)
class IdentityProvider:
    issuer: str
    audience: str
    jwks_url: str
    algorithms: tuple[str, ...] = ("RS256",)

    @classmethod
    def from_env(cls) -> "IdentityProvider":
        issuer = os.environ["DRIVER_IDP_ISSUER"].rstrip("/")
        return cls(
            issuer=issuer,
            audience=os.environ["DRIVER_APP_AUDIENCE"],
            jwks_url=f"{issuer}/.well-known/jwks.json",
        )


@lru_cache(maxsize=1)
def _jwks_client(url: str) -> jwt.PyJWKClient:
    return jwt.PyJWKClient(url, cache_keys=True, lifespan=3600)


def decode_driver_token(token: str, idp: IdentityProvider) -> dict:
    signing_key = _jwks_client(idp.jwks_url).get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=list(idp.algorithms),
        audience=idp.audience,
        issuer=idp.issuer,
        options={"require": ["exp", "iat", "sub"]},
        leeway=30,
    )


_bearer = HTTPBearer()


def current_driver(creds: HTTPAuthorizationCredentials = Depends(_bearer)) -> dict:
    try:
        claims = decode_driver_token(creds.credentials, IdentityProvider.from_env())
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid driver token") from None
    if "driver" not in claims.get("roles", []):
        raise HTTPException(status_code=403, detail="not a registered driver")
    return {"driver_id": claims["sub"], "haulier": claims.get("org")}
