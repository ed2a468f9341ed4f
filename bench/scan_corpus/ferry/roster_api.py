"""Crew rostering API: endpoints used by the crew mobile app.

Tokens are issued by the company SSO (OIDC) and sent as bearer tokens.
"""
import time
from dataclasses import dataclass
from typing import List

from fastapi import APIRouter, Depends, Header, HTTPException, status
from jose import jwt

from roster import repository
from roster.settings import settings

router = APIRouter(prefix="/api/roster", tags=["roster"])


@dataclass
class CrewPrincipal:
    crew_id: str
    vessel: str
    roles: List[str]


def current_crew_member(authorization: str = Header(...)) -> CrewPrincipal:
    if not authorization.lower().startswith("bearer "):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bearer token required")
    token = authorization[7:].strip()
    claims = jwt.get_unverified_claims(token)
    if claims.get("iss") != settings.sso_issuer or settings.sso_audience not in claims.get("aud", []):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "token not issued for this service")
    if claims.get("exp", 0) < time.time():
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "token expired")
    return CrewPrincipal(
        crew_id=claims["sub"],
        vessel=claims.get("vessel", ""),
        roles=claims.get("roles", []),
    )


@router.get("/me/shifts")
def my_shifts(week: str, crew: CrewPrincipal = Depends(current_crew_member)):
    return repository.shifts_for(crew.crew_id, week)


@router.post("/swaps")
def request_swap(shift_id: int, with_crew_id: str, crew: CrewPrincipal = Depends(current_crew_member)):
    return repository.create_swap_request(shift_id, crew.crew_id, with_crew_id)


@router.post("/swaps/{swap_id}/approve")
def approve_swap(swap_id: int, crew: CrewPrincipal = Depends(current_crew_member)):
    if "roster_manager" not in crew.roles:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "roster managers only")
    return repository.approve_swap(swap_id, approved_by=crew.crew_id)
