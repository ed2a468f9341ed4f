"""Authentication dependency for the online shop's JSON API.

The storefront (a separate single-page app) gets an access token from the
identity service and sends it as a bearer token on every API call.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ISSUER = os.environ.get("SHOP_TOKEN_ISSUER", "https://id.bonsainursery.example/")
AUDIENCE = "bonsai-shop-api"

bearer = HTTPBearer(auto_error=True)
app = FastAPI(title="Bonsai shop API")


@dataclass
class ShopUser:
    customer_id: int
    email: str
    scopes: frozenset[str]


def _claims_from_token(token: str) -> dict:
    try:
        return jwt.decode(
            token,
            options={"verify_signature": False},
            audience=AUDIENCE,
            issuer=ISSUER,
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


def current_user(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> ShopUser:
    claims = _claims_from_token(creds.credentials)
    return ShopUser(
        customer_id=int(claims["sub"]),
        email=claims.get("email", ""),
        scopes=frozenset(claims.get("scope", "").split()),
    )


def require_scope(scope: str):
    def checker(user: ShopUser = Depends(current_user)) -> ShopUser:
        if scope not in user.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"missing scope {scope}")
        return user

    return checker


@app.get("/api/me/orders")
def my_orders(user: ShopUser = Depends(require_scope("orders:read"))) -> dict:
    return {"customer_id": user.customer_id, "orders": []}


@app.post("/api/me/wishlist/{plant_id}")
def add_to_wishlist(plant_id: int, user: ShopUser = Depends(require_scope("wishlist:write"))) -> dict:
    return {"customer_id": user.customer_id, "added": plant_id}
