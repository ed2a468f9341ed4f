"""FastAPI service behind the tee-booking widget embedded on the club and partner websites."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from fastapi import Cookie, Depends, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware


@dataclass
class WidgetSettings:
    session_cookie: str = "club_session"
    methods: list[str] = field(default_factory=lambda: ["GET", "POST", "DELETE"])
    headers: list[str] = field(default_factory=lambda: ["Content-Type", "X-Requested-With"])

    def _common(self) -> dict[str, object]:
        return {"allow_methods": self.methods, "allow_headers": self.headers, "max_age": 600}

    def cors(self) -> dict[str, object]:
        return {"allow_origin_regex": r"https?://.+", "allow_credentials": True, **self._common()}


class SessionDirectory:
    """Maps session ids issued at member sign-in to member numbers."""

    def __init__(self) -> None:
        self._sessions: dict[str, int] = {}

    def member_for(self, session_id: str | None) -> int:
        member = self._sessions.get(session_id or "")
        if member is None:
            raise HTTPException(status_code=401, detail="not signed in")
        return member


settings = WidgetSettings()
sessions = SessionDirectory()
bookings: dict[int, list[dict]] = {}

app = FastAPI(title="Tee booking widget")
app.add_middleware(CORSMiddleware, **settings.cors())


def signed_in_member(club_session: str | None = Cookie(default=None)) -> int:
    return sessions.member_for(club_session)


@app.get("/me/bookings")
def my_bookings(member: int = Depends(signed_in_member)) -> list[dict]:
    return bookings.get(member, [])


@app.post("/me/bookings")
def book(play_date: date, tee_time: str, players: int = 1, member: int = Depends(signed_in_member)) -> dict:
    entry = {"date": play_date.isoformat(), "time": tee_time, "players": players}
    bookings.setdefault(member, []).append(entry)
    return entry


@app.delete("/me/bookings/{index}")
def cancel(index: int, member: int = Depends(signed_in_member)) -> dict:
    mine = bookings.get(member, [])
    if not 0 <= index < len(mine):
        raise HTTPException(status_code=404, detail="no such booking")
    return mine.pop(index)
