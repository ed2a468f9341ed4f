"""Authentication dependency for the instructor app API.

The tablets sign in against the park's identity provider and present the
resulting bearer token on every call.
"""
import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI(title="Instructor app API")
bearer = HTTPBearer()

EXPECTED_ISSUER = os.environ.get("ZP_IDP_ISSUER", "")


@dataclass
class InstructorClaims:
    subject: str
    name: str
    roles: list[str]
    station: str | None


def current_instructor(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> InstructorClaims:
    try:
        claims = jwt.decode(creds.credentials, options={"verify_signature": False})
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    if claims.get("iss") != EXPECTED_ISSUER:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unexpected issuer")
    roles = claims.get("roles", [])
    if "instructor" not in roles:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "instructor role required")
    return InstructorClaims(
        subject=claims["sub"],
        name=claims.get("name", ""),
        roles=roles,
        station=claims.get("station"),
    )


@app.get("/me")
def me(instructor: InstructorClaims = Depends(current_instructor)) -> dict:
    return {"sub": instructor.subject, "name": instructor.name, "station": instructor.station}


@app.post("/harness/{harness_id}/checkout")
def checkout_harness(harness_id: str, instructor: InstructorClaims = Depends(current_instructor)) -> dict:
    return {"harness": harness_id, "checked_out_by": instructor.subject}


@app.post("/sessions/{session_id}/start")
def start_session(session_id: int, instructor: InstructorClaims = Depends(current_instructor)) -> dict:
    if "lead" not in instructor.roles:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "only lead instructors start sessions")
    return {"session": session_id, "lead": instructor.subject, "state": "started"}
