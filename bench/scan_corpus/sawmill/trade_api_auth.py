"""Authentication dependency for the trade accounts API.

Requests arrive through the API gateway, which terminates the customer's
OAuth session and forwards the access token. We read the account number and
scopes from the token claims to scope every query to the caller's account.
"""
from __future__ import annotations

from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=True)

_CLAIM_OPTIONS = {
    "verify_signature": False,
    "verify_exp": True,
    "require": ["exp", "sub", "account_no"],
}


@dataclass(frozen=True)
class TradeCaller:
    subject: str
    account_no: str
    scopes: frozenset[str]

    def require(self, scope: str) -> None:
        if scope not in self.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"missing scope {scope}")


def _claims(token: str) -> dict:
    try:
        return jwt.decode(token, options=_CLAIM_OPTIONS, algorithms=["RS256"])
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


def current_caller(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> TradeCaller:
    claims = _claims(creds.credentials)
    return TradeCaller(
        subject=claims["sub"],
        account_no=claims["account_no"],
        scopes=frozenset(claims.get("scope", "").split()),
    )


def orders_reader(caller: TradeCaller = Depends(current_caller)) -> TradeCaller:
    caller.require("orders:read")
    return caller
