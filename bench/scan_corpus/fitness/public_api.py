"""Club member API used by the web app and the partner widgets."""
import os

from fastapi import Cookie, Depends, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware

from clubapi.db import get_session
from clubapi.sessions import load_member_session

app = FastAPI(title="Club API", docs_url=None if os.environ.get("ENV") == "prod" else "/docs")

app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"])


def current_member(club_session: str | None = Cookie(default=None), db=Depends(get_session)):
    if club_session is None:
        raise HTTPException(status_code=401)
    member = load_member_session(db, club_session)
    if member is None:
        raise HTTPException(status_code=401)
    return member


@app.get("/me")
def me(member=Depends(current_member)):
    return {
        "id": member.id,
        "name": member.display_name,
        "membership": member.membership_tier,
        "home_club": member.home_club_id,
    }


@app.get("/me/bookings")
def my_bookings(member=Depends(current_member), db=Depends(get_session)):
    return [
        {"class": b.class_name, "starts_at": b.starts_at.isoformat(), "status": b.status}
        for b in member.upcoming_bookings(db)
    ]
