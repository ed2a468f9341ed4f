"""Customer session handling for the trug shop API (FastAPI).

The storefront obtains a JWT from the identity service after login and
sends it as a bearer token on every basket and checkout call.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI(title="Trug shop API")
bearer = HTTPBearer(auto_error=True)

ISSUER = os.environ.get("SHOP_JWT_ISSUER", "trug-identity")


@dataclass
class ShopCustomer:
    customer_id: str
    email: str
    is_trade: bool


def _claims_from_token(token: str) -> dict:
    try:
        return jwt.decode(token, options={"verify_signature": False}, algorithms=["RS256"])
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


def current_customer(
    credentials: HTTPAuthorizationCredentials = Depends(bearer),
) -> ShopCustomer:
    claims = _claims_from_token(credentials.credentials)
    if claims.get("iss") != ISSUER:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "wrong issuer")
    return ShopCustomer(
        customer_id=claims["sub"],
        email=claims.get("email", ""),
        is_trade="trade" in claims.get("roles", []),
    )


@app.get("/basket")
def get_basket(customer: ShopCustomer = Depends(current_customer)) -> dict:
    basket = app.state.baskets.get(customer.customer_id, [])
    return {"customer": customer.customer_id, "items": basket}


@app.post("/basket/items")
def add_item(item: dict, customer: ShopCustomer = Depends(current_customer)) -> dict:
    sku = str(item.get("sku", ""))
    if sku not in app.state.catalogue:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "unknown product")
    qty = max(1, int(item.get("qty", 1)))
    app.state.baskets.setdefault(customer.customer_id, []).append({"sku": sku, "qty": qty})
    return {"ok": True}


@app.get("/trade/price-list")
def trade_prices(customer: ShopCustomer = Depends(current_customer)) -> dict:
    if not customer.is_trade:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "trade accounts only")
    return {"prices": app.state.trade_prices}
