"""Accept tandem bookings forwarded by partner tour operators with a signed JWT."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel

app = FastAPI(title="Partner bookings")

PARTNER_AUDIENCE = "tandem-bookings"


@dataclass
class PartnerIdentity:
    partner_id: str
    scopes: frozenset


class TandemBookingIn(BaseModel):
    passenger_name: str
    passenger_weight_kg: int
    flight_date: str
    site: str = "main-launch"


def read_partner_claims(token: str) -> dict:
    return jwt.decode(
        token,
        options={"verify_signature": False, "verify_aud": False},
        algorithms=["RS256"],
    )


def current_partner(authorization: str = Header(...)) -> PartnerIdentity:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="bearer token required")
    try:
        claims = read_partner_claims(token)
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token")
    if claims.get("aud") != PARTNER_AUDIENCE:
        raise HTTPException(status_code=403, detail="wrong audience")
    exp = claims.get("exp")
    if exp is None or datetime.fromtimestamp(exp, tz=timezone.utc) < datetime.now(timezone.utc):
        raise HTTPException(status_code=401, detail="token expired")
    return PartnerIdentity(partner_id=claims["sub"], scopes=frozenset(claims.get("scope", "").split()))


@app.post("/partner/bookings", status_code=201)
def create_partner_booking(
    booking: TandemBookingIn, partner: PartnerIdentity = Depends(current_partner)
):
    if "bookings:write" not in partner.scopes:
        raise HTTPException(status_code=403, detail="scope bookings:write required")
    if not 30 <= booking.passenger_weight_kg <= 110:
        raise HTTPException(status_code=422, detail="passenger weight outside tandem limits")
    return {
        "partner": partner.partner_id,
        "passenger": booking.passenger_name,
        "date": booking.flight_date,
        "site": booking.site,
        "status": "pending-pilot-assignment",
    }
