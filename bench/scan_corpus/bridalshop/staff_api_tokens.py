"""Verifies bearer tokens on the internal staff API (rota, commissions, stock)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

import jwt
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI()
bearer = HTTPBearer()


@dataclass(frozen=True)
class TokenPolicy:
    issuer: str = "https://auth.bridal-atelier.internal"
    audience: str = "staff-api"
    algorithms: tuple[str, ...] = ("RS256",)
    leeway: int = 30
    required: tuple[str, ...] = ("exp", "iat", "sub", "role")
    public_key_path: str = field(default_factory=lambda: os.environ["STAFF_JWT_PUBLIC_KEY"])

    def decode_kwargs(self) -> dict[str, Any]:
        return {
            "algorithms": list(self.algorithms),
            "audience": self.audience,
            "issuer": self.issuer,
            "leeway": self.leeway,
            "options": {"require": list(self.required)},
        }


policy = TokenPolicy()
with open(policy.public_key_path, "rb") as fh:
    PUBLIC_KEY = fh.read()


def current_staff(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict[str, Any]:
    try:
        return jwt.decode(creds.credentials, PUBLIC_KEY, **policy.decode_kwargs())
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid token") from exc


@app.get("/staff/me/commission")
def my_commission(claims: dict[str, Any] = Depends(current_staff)):
    ledger = app.state.commission_ledger
    return {"staff": claims["sub"], "month_to_date": str(ledger.month_to_date(claims["sub"]))}


@app.get("/staff/rota")
def rota(claims: dict[str, Any] = Depends(current_staff)):
    if claims["role"] not in {"manager", "stylist", "seamstress"}:
        raise HTTPException(status_code=403)
    return app.state.rota.this_week()
