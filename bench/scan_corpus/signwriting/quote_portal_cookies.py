"""Login and remember-me cookies for the online quote builder."""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from datetime import timedelta

from fastapi import FastAPI, Form, HTTPException, Request, Response

app = FastAPI()


@dataclass(frozen=True)
class CookiePolicy:
    name: str = "qb_session"
    secure: bool = True
    httponly: bool = True
    samesite: str = "lax"
    max_age: timedelta = timedelta(hours=12)

    def apply(self, response: Response, value: str) -> None:
        response.set_cookie(
            key=self.name,
            value=value,
            max_age=int(self.max_age.total_seconds()),
            secure=self.secure,
            httponly=self.httponly,
            samesite=self.samesite,
            path="/",
        )

    def clear(self, response: Response) -> None:
        response.delete_cookie(self.name, path="/", secure=self.secure, httponly=self.httponly)


POLICY = CookiePolicy()
SESSION_PREFIX = os.environ.get("QUOTE_SESSION_PREFIX", "qb")


@app.post("/quote-builder/login")
async def login(response: Response, email: str = Form(...), password: str = Form(...)):
    from workshop.customers import check_customer_login, sessions

    customer = check_customer_login(email, password)
    if customer is None:
        raise HTTPException(status_code=401, detail="invalid login")
    sid = secrets.token_urlsafe(32)
    sessions.put(f"{SESSION_PREFIX}:{sid}", customer.id, ttl=POLICY.max_age)
    POLICY.apply(response, sid)
    return {"ok": True}


@app.post("/quote-builder/logout")
async def logout(request: Request, response: Response):
    from workshop.customers import sessions

    sid = request.cookies.get(POLICY.name)
    if sid:
        sessions.delete(f"{SESSION_PREFIX}:{sid}")
    POLICY.clear(response)
    return {"ok": True}
