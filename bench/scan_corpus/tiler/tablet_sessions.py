"""Session handling for the site tablets.

Each crew van carries a tablet. A fitter signs in at the start of the day and
the tablet keeps a session cookie so day sheets, material requests and
photo uploads are attributed to that fitter.
"""
import time
import uuid
from dataclasses import dataclass, field
from typing import Dict, Optional

from fastapi import APIRouter, Cookie, Depends, HTTPException, Response

from .crew import authenticate_fitter

router = APIRouter(prefix="/tablet")

SESSION_COOKIE = "tablet_sid"
SESSION_TTL = 12 * 60 * 60


@dataclass
class TabletSession:
    fitter_id: int
    van: str
    created: float = field(default_factory=time.time)

    def expired(self) -> bool:
        return time.time() - self.created > SESSION_TTL


class SessionStore:
    def __init__(self):
        self._sessions: Dict[str, TabletSession] = {}

    def open(self, fitter_id: int, van: str) -> str:
        sid = uuid.uuid1().hex
        self._sessions[sid] = TabletSession(fitter_id=fitter_id, van=van)
        return sid

    def get(self, sid: str) -> Optional[TabletSession]:
        session = self._sessions.get(sid)
        if session is None or session.expired():
            self._sessions.pop(sid, None)
            return None
        return session

    def close(self, sid: str) -> None:
        self._sessions.pop(sid, None)


store = SessionStore()


def current_session(tablet_sid: Optional[str] = Cookie(default=None)) -> TabletSession:
    session = store.get(tablet_sid) if tablet_sid else None
    if session is None:
        raise HTTPException(status_code=401, detail="sign in on the tablet first")
    return session


@router.post("/login")
def login(phone: str, pin: str, van: str, response: Response):
    fitter = authenticate_fitter(phone, pin)
    if fitter is None:
        raise HTTPException(status_code=401, detail="unknown phone or PIN")
    sid = store.open(fitter.id, van)
    response.set_cookie(SESSION_COOKIE, sid, max_age=SESSION_TTL, httponly=True, secure=True, samesite="strict")
    return {"fitter": fitter.name, "van": van}


@router.get("/day-sheet")
def day_sheet(session: TabletSession = Depends(current_session)):
    return {"fitter_id": session.fitter_id, "van": session.van}
