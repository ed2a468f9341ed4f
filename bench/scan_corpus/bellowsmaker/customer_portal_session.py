"""Customer portal: who is looking at the repair status pages.

The portal front end is given a token by the login service after the
customer signs in; every API call here carries it as a Bearer token.
"""
import os
from dataclasses import dataclass
from typing import Optional

import jwt
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI(title="Bellows customer portal")
bearer = HTTPBearer(auto_error=False)

ISSUER = os.environ.get("PORTAL_TOKEN_ISSUER", "https://login.bellowsworks.example")


@dataclass
class PortalCustomer:
    customer_id: int
    email: str
    name: str


def _claims_from(token: str) -> dict:
    claims = jwt.decode(token, options={"verify_signature": False})
    if claims.get("iss") != ISSUER:
        raise jwt.InvalidIssuerError("unexpected issuer")
    return claims


def current_customer(
    creds: Optional[HTTPAuthorizationCredentials] = Depends(bearer),
) -> PortalCustomer:
    if creds is None:
        raise HTTPException(status_code=401, detail="login required")
    try:
        claims = _claims_from(creds.credentials)
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token")
    return PortalCustomer(
        customer_id=int(claims["sub"]),
        email=claims.get("email", ""),
        name=claims.get("name", ""),
    )


@app.get("/portal/tickets")
async def my_tickets(customer: PortalCustomer = Depends(current_customer)):
    from .tickets import tickets_for_customer

    tickets = await tickets_for_customer(customer.customer_id)
    return {
        "customer": customer.name,
        "tickets": [
            {"id": t.ticket_id, "instrument": t.instrument, "status": t.status,
             "promised_on": t.promised_on.isoformat() if t.promised_on else None}
            for t in tickets
        ],
    }
