"""API for the crew mobile app: today's duties, report times, hotel details.

Requests come through the API gateway with the crew member's bearer token
from the airline identity provider.
"""
from datetime import date

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel

from .repository import DutyRepository, get_repository

app = FastAPI(title="Crew App API")


class Duty(BaseModel):
    pairing_id: str
    report_utc: str
    flights: list[str]
    hotel: str | None = None


class CrewIdentity(BaseModel):
    staff_no: str
    base: str
    ranks: list[str]


def current_crew(authorization: str = Header(...)) -> CrewIdentity:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bearer token required")
    try:
        claims = jwt.decode(token, options={"verify_signature": False}, algorithms=["RS256"])
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    return CrewIdentity(
        staff_no=claims["sub"],
        base=claims.get("crew_base", ""),
        ranks=claims.get("ranks", []),
    )


@app.get("/duties/{day}", response_model=list[Duty])
def duties_for_day(
    day: date,
    crew: CrewIdentity = Depends(current_crew),
    repo: DutyRepository = Depends(get_repository),
):
    return repo.duties(crew.staff_no, day)


@app.get("/me", response_model=CrewIdentity)
def whoami(crew: CrewIdentity = Depends(current_crew)):
    return crew
