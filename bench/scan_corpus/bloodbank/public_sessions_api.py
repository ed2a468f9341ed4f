"""Public, read-only API listing upcoming donation sessions.

Embedded by partner sites (universities, councils, employers) in their own
pages, so any origin may read it; no cookies or auth are involved.
"""
from datetime import date, timedelta

from fastapi import Depends, FastAPI, Query
from fastapi.middleware.cors import CORSMiddleware
from sqlalchemy.orm import Session

from bloodbank.db import get_session
from bloodbank.sessions import upcoming_public_sessions

app = FastAPI(title="Donation sessions", version="1.3")

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Accept"],
    max_age=86400,
)


@app.get("/sessions")
def list_sessions(
    postcode: str = Query(..., min_length=2, max_length=8),
    radius_km: int = Query(15, ge=1, le=80),
    days: int = Query(28, ge=1, le=90),
    db: Session = Depends(get_session),
):
    until = date.today() + timedelta(days=days)
    sessions = upcoming_public_sessions(db, postcode=postcode, radius_km=radius_km, until=until)
    return [
        {
            "venue": s.venue_name,
            "town": s.town,
            "date": s.date.isoformat(),
            "open": s.open_time.strftime("%H:%M"),
            "close": s.close_time.strftime("%H:%M"),
            "slots_left": s.slots_left,
        }
        for s in sessions
    ]
