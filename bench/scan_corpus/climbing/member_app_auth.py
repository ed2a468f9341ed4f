"""Verifies access tokens issued to the member mobile app (bookings and digital membership card)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

APP_JWT = {
    "jwks_url": os.environ.get("MEMBER_APP_JWKS_URL", "https://auth.summitwalls.example/.well-known/jwks.json"),
    "algorithms": ["RS256"],
    "audience": "member-app",
    "issuer": "https://auth.summitwalls.example/",
    "options": {"require": ["exp", "iat", "sub"]},
}

bearer = HTTPBearer(auto_error=False)


@dataclass
class MemberClaims:
    member_id: int
    home_gym: str
    plan: str


@lru_cache(maxsize=1)
def _jwks_client(url: str = APP_JWT["jwks_url"]) -> jwt.PyJWKClient:
    return jwt.PyJWKClient(url, cache_keys=True, lifespan=3600)


def decode_member_token(token: str, cfg: dict = APP_JWT) -> dict:
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in cfg["algorithms"]:
        raise jwt.InvalidAlgorithmError("unexpected token algorithm")
    signing_key = _jwks_client().get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=cfg["algorithms"],
        audience=cfg["audience"],
        issuer=cfg["issuer"],
        options=cfg["options"],
    )


def current_member(creds: HTTPAuthorizationCredentials | None = Depends(bearer)) -> MemberClaims:
    if creds is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    try:
        claims = decode_member_token(creds.credentials)
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    return MemberClaims(
        member_id=int(claims["sub"]),
        home_gym=claims.get("gym", ""),
        plan=claims.get("plan", "none"),
    )
