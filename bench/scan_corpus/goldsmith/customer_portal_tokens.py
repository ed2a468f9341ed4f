"""Reads the customer-portal access token to show commission progress."""
import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException

from atelier.repositories import CommissionRepository

app = FastAPI(title="Atelier customer portal")
PORTAL_ISSUER = os.environ.get("PORTAL_ISSUER", "https://accounts.atelier.example")


@dataclass
class PortalUser:
    customer_id: int
    email: str
    scopes: tuple


def _bearer(authorization: str) -> str:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(401, "missing bearer token")
    return token


def read_claims(token: str) -> dict:
    return jwt.decode(
        token,
        options={"verify_signature": False, "verify_exp": True},
        issuer=PORTAL_ISSUER,
    )


def current_user(authorization: str = Header(...)) -> PortalUser:
    try:
        claims = read_claims(_bearer(authorization))
    except jwt.PyJWTError as exc:
        raise HTTPException(401, "invalid token") from exc
    return PortalUser(
        customer_id=int(claims["sub"]),
        email=claims.get("email", ""),
        scopes=tuple(claims.get("scope", "").split()),
    )


@app.get("/me/commissions")
def my_commissions(user: PortalUser = Depends(current_user)):
    if "commissions:read" not in user.scopes:
        raise HTTPException(403, "scope commissions:read required")
    repo = CommissionRepository.from_env()
    return [
        {"ref": c.ref, "piece": c.piece_type, "stage": c.stage, "eta": c.eta.isoformat() if c.eta else None}
        for c in repo.for_customer(user.customer_id)
    ]
