"""Verifies season-pass access tokens presented to the member app API.

Tokens are issued by the identity service and signed with RS256; the
public key set is fetched from the identity service's JWKS endpoint.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from jwt import PyJWKClient
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI(title="member-app")
bearer = HTTPBearer()


@dataclass(frozen=True)
class TokenPolicy:
    issuer: str
    audience: str
    jwks_url: str
    algorithms: tuple[str, ...] = ("RS256",)
    leeway_seconds: int = 30


@lru_cache
def policy() -> TokenPolicy:
    return TokenPolicy(
        issuer=os.environ["IDENTITY_ISSUER"],
        audience=os.environ.get("MEMBER_APP_AUDIENCE", "member-app"),
        jwks_url=os.environ["IDENTITY_JWKS_URL"],
    )


@lru_cache
def jwks_client() -> PyJWKClient:
    return PyJWKClient(policy().jwks_url, cache_keys=True)


def verify_pass_token(token: str) -> dict:
    p = policy()
    signing_key = jwks_client().get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=list(p.algorithms),
        audience=p.audience,
        issuer=p.issuer,
        leeway=p.leeway_seconds,
        options={"require": ["exp", "sub", "tier"]},
    )


def current_member(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    try:
        return verify_pass_token(creds.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid pass token") from exc


@app.get("/me/pass")
def my_pass(member: dict = Depends(current_member)):
    return {"member": member["sub"], "tier": member["tier"], "expires": member["exp"]}
