"""Authenticate partner tour operators who push bookings with RS256-signed JWTs."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI(title="Partner API")

AUDIENCE = "tandem-bookings"
ISSUER_PREFIX = "partner:"
KEYS_DIR = Path(os.environ.get("PARTNER_KEYS_DIR", "/etc/pgschool/partner-keys"))
KNOWN_KEY_IDS = frozenset(p.stem for p in KEYS_DIR.glob("*.pem")) if KEYS_DIR.is_dir() else frozenset()


@dataclass
class Partner:
    partner_id: str
    scopes: frozenset


@lru_cache(maxsize=64)
def public_key_for(kid: str) -> str:
    if kid not in KNOWN_KEY_IDS:
        raise KeyError(kid)
    return (KEYS_DIR / f"{kid}.pem").read_text(encoding="ascii")


def decode_partner_token(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    try:
        key = public_key_for(str(header.get("kid", "")))
    except KeyError:
        raise jwt.InvalidTokenError("unknown signing key")
    return jwt.decode(
        token,
        key,
        algorithms=["RS256"],
        audience=AUDIENCE,
        options={"require": ["exp", "iat", "sub", "iss"]},
        leeway=30,
    )


def current_partner(authorization: str = Header(...)) -> Partner:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="bearer token required")
    try:
        claims = decode_partner_token(token)
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token")
    if not str(claims["iss"]).startswith(ISSUER_PREFIX):
        raise HTTPException(status_code=401, detail="unexpected issuer")
    return Partner(claims["sub"], frozenset(str(claims.get("scope", "")).split()))


@app.get("/partner/availability")
def availability(date: str, partner: Partner = Depends(current_partner)):
    if "availability:read" not in partner.scopes:
        raise HTTPException(status_code=403, detail="scope availability:read required")
    return {"date": date, "partner": partner.partner_id, "tandem_slots": 6}
