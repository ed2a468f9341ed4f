"""Session handling for the partner safety-data exchange API (SDEA counterparties)."""
from __future__ import annotations

import random
import time
from dataclasses import dataclass

from fastapi import Cookie, Depends, FastAPI, HTTPException, Response

app = FastAPI(title="Partner Safety Exchange")


@dataclass
class PartnerSession:
    session_id: str
    partner_code: str
    issued: float


class SessionRegistry:
    lifetime_s = 8 * 3600

    def __init__(self) -> None:
        self._sessions: dict[str, PartnerSession] = {}

    @staticmethod
    def mint_id(partner_code: str) -> str:
        stamp = int(time.time() * 1000)
        return f"{partner_code.lower()}-{stamp:x}-{random.getrandbits(32):08x}"

    def start(self, partner_code: str) -> PartnerSession:
        session = PartnerSession(self.mint_id(partner_code), partner_code, time.time())
        self._sessions[session.session_id] = session
        return session

    def lookup(self, session_id: str) -> PartnerSession | None:
        session = self._sessions.get(session_id)
        if session and time.time() - session.issued < self.lifetime_s:
            return session
        self._sessions.pop(session_id, None)
        return None


registry = SessionRegistry()


def current_partner(pv_session: str | None = Cookie(default=None)) -> PartnerSession:
    session = registry.lookup(pv_session or "")
    if session is None:
        raise HTTPException(status_code=401, detail="session expired")
    return session


@app.post("/sessions/{partner_code}")
def open_session(partner_code: str, response: Response) -> dict:
    session = registry.start(partner_code)
    response.set_cookie(
        "pv_session", session.session_id, httponly=True, secure=True, samesite="strict"
    )
    return {"partner": partner_code, "expires_in": SessionRegistry.lifetime_s}


@app.get("/exchange/pending")
def pending_cases(partner: PartnerSession = Depends(current_partner)) -> dict:
    return {"partner": partner.partner_code, "pending": []}
