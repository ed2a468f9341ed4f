"""Session handling for the touchscreen kiosk's member sign-in flow."""
from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from typing import Dict, Optional

from fastapi import Cookie, Depends, FastAPI, HTTPException, Response

app = FastAPI()

SESSION_COOKIE = "kiosk_sid"
SESSION_TTL_S = 300


@dataclass
class KioskSession:
    member_id: int
    kiosk_id: str
    created: float = field(default_factory=time.time)

    def expired(self) -> bool:
        return time.time() - self.created > SESSION_TTL_S


class SessionStore:
    def __init__(self) -> None:
        self._sessions: Dict[str, KioskSession] = {}

    @staticmethod
    def _new_sid() -> str:
        return uuid.uuid1().hex

    def create(self, member_id: int, kiosk_id: str) -> str:
        sid = self._new_sid()
        self._sessions[sid] = KioskSession(member_id, kiosk_id)
        return sid

    def get(self, sid: str) -> Optional[KioskSession]:
        sess = self._sessions.get(sid)
        if sess and sess.expired():
            self._sessions.pop(sid, None)
            return None
        return sess


store = SessionStore()


def current_session(kiosk_sid: Optional[str] = Cookie(default=None)) -> KioskSession:
    sess = store.get(kiosk_sid) if kiosk_sid else None
    if sess is None:
        raise HTTPException(status_code=401, detail="please tap your membership card again")
    return sess


@app.post("/kiosks/{kiosk_id}/sign-in/{member_id}")
def sign_in(kiosk_id: str, member_id: int, response: Response) -> dict:
    sid = store.create(member_id, kiosk_id)
    response.set_cookie(
        SESSION_COOKIE, sid, max_age=SESSION_TTL_S, secure=True, httponly=True, samesite="strict"
    )
    return {"ok": True}


@app.get("/me")
def me(sess: KioskSession = Depends(current_session)) -> dict:
    return {"member_id": sess.member_id, "kiosk_id": sess.kiosk_id}
