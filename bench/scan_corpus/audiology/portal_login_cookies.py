"""Session and preference cookies for the patient appointment self-service portal."""
from __future__ import annotations

import os
import secrets
from datetime import timedelta

from fastapi import FastAPI, Form, HTTPException, Response

app = FastAPI(title="patient-self-service")

BASE_COOKIE = {"path": "/", "samesite": "lax"}


class CookieJarPolicy:
    session_name = "ss_session"
    session_ttl = timedelta(hours=4)
    domain = os.environ.get("SELF_SERVICE_DOMAIN")

    def session_opts(self) -> dict:
        return {
            **BASE_COOKIE,
            "secure": True,
            "httponly": True,
            "samesite": "strict",
            "max_age": int(self.session_ttl.total_seconds()),
            "domain": self.domain,
        }

    def preference_opts(self) -> dict:
        return {**BASE_COOKIE, "secure": True, "max_age": 60 * 60 * 24 * 365}


policy = CookieJarPolicy()
SESSIONS: dict[str, str] = {}
BOOKINGS: dict[str, tuple[str, str]] = {}


def authenticate(date_of_birth: str, booking_ref: str) -> str | None:
    record = BOOKINGS.get(booking_ref.strip().upper())
    if record is None or record[0] != date_of_birth:
        return None
    return record[1]


@app.post("/session")
def sign_in(response: Response, booking_ref: str = Form(...), date_of_birth: str = Form(...)):
    patient = authenticate(date_of_birth, booking_ref)
    if patient is None:
        raise HTTPException(status_code=401, detail="not found")
    sid = secrets.token_urlsafe(32)
    SESSIONS[sid] = patient
    response.set_cookie(policy.session_name, sid, **policy.session_opts())
    response.set_cookie("ss_text_size", "large", **policy.preference_opts())
    return {"ok": True}
