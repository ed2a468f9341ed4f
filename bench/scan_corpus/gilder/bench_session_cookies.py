"""Session cookies for the workshop web app used on the bench tablets.

Conservators sign in to log treatment steps, leaf usage and time; sessions
are short because the tablets are shared.
"""
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Cookie, Form, HTTPException, Response

from .passcodes import BenchPasscodeRegistry

router = APIRouter(prefix="/bench")

COOKIE_NAME = "bench_sid"
IDLE_TIMEOUT = timedelta(minutes=30)
UI_PREFS_COOKIE = "bench_ui"


@dataclass
class BenchSession:
    sid: str
    conservator_id: int
    expires_at: datetime


SESSIONS: dict[str, BenchSession] = {}


def open_session(conservator_id: int) -> BenchSession:
    s = BenchSession(secrets.token_urlsafe(32), conservator_id,
                     datetime.now(timezone.utc) + IDLE_TIMEOUT)
    SESSIONS[s.sid] = s
    return s


@router.post("/sign-in")
def sign_in(response: Response, conservator_id: int = Form(...), passcode: str = Form(...)):
    if not BenchPasscodeRegistry().unlock(conservator_id, passcode):
        raise HTTPException(status_code=401, detail="wrong passcode")
    s = open_session(conservator_id)
    response.set_cookie(
        COOKIE_NAME, s.sid,
        max_age=int(IDLE_TIMEOUT.total_seconds()),
        secure=True, httponly=True, samesite="strict", path="/bench",
    )
    # Non-sensitive display preference read by the tablet UI's JavaScript.
    response.set_cookie(UI_PREFS_COOKIE, "large-text", max_age=365 * 86400,
                        secure=True, samesite="lax")
    return {"conservator_id": conservator_id, "expires_at": s.expires_at.isoformat()}


@router.post("/sign-out")
def sign_out(response: Response, sid: str | None = Cookie(default=None, alias=COOKIE_NAME)):
    if sid:
        SESSIONS.pop(sid, None)
    response.delete_cookie(COOKIE_NAME, path="/bench")
    return {"ok": True}
