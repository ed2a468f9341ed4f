"""Machine-to-machine API used by affiliated clubs to sync rosters and bookings."""
import os
from dataclasses import dataclass
from datetime import date

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel

from .booking_service import BookingService


@dataclass(frozen=True)
class Settings:
    club_sync_key: str
    max_batch: int = 200


def get_settings() -> Settings:
    return Settings(club_sync_key=os.environ["CLUB_SYNC_API_KEY"])


def require_club_key(
    x_club_key: str = Header(..., alias="X-Club-Key"),
    settings: Settings = Depends(get_settings),
) -> None:
    if x_club_key != settings.club_sync_key:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid club key")


class RosterMember(BaseModel):
    membership_no: str
    full_name: str
    bow_class: str
    handicap: int | None = None


class RosterUpload(BaseModel):
    club_id: int
    members: list[RosterMember]


app = FastAPI(title="Club sync API")
bookings = BookingService()


@app.post("/v1/roster", dependencies=[Depends(require_club_key)])
def upload_roster(payload: RosterUpload, settings: Settings = Depends(get_settings)):
    if len(payload.members) > settings.max_batch:
        raise HTTPException(status_code=413, detail="too many members in one batch")
    stored = bookings.replace_roster(payload.club_id, [m.model_dump() for m in payload.members])
    return {"club_id": payload.club_id, "stored": stored}


@app.get("/v1/bookings/{club_id}", dependencies=[Depends(require_club_key)])
def club_bookings(club_id: int, day: date):
    return [
        {"lane": b.lane, "start": b.start.isoformat(), "archers": b.archer_count}
        for b in bookings.for_club(club_id, day)
    ]
