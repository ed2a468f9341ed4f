"""Session handling for the buyer portal (contracts, lots, certificates).

After a buyer signs in, the portal issues an opaque session id stored
server-side and sets it as a cookie on the buyer's browser.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from fastapi import FastAPI, Form, HTTPException, Response

app = FastAPI()


class CookiePolicy:
    name = "swf_buyer_session"
    lifetime = timedelta(hours=8)
    attributes: dict[str, Any] = {"secure": True, "httponly": True, "samesite": "lax", "path": "/"}

    @classmethod
    def max_age(cls) -> int:
        return int(cls.lifetime.total_seconds())


@dataclass
class SessionRegistry:
    sessions: dict[str, dict[str, Any]] = field(default_factory=dict)

    def open(self, buyer_code: str) -> str:
        sid = secrets.token_urlsafe(32)
        self.sessions[sid] = {
            "buyer": buyer_code,
            "expires": datetime.now(timezone.utc) + CookiePolicy.lifetime,
        }
        return sid


registry = SessionRegistry()


def verify_buyer(username: str, password: str) -> str | None:
    from buyer_directory import check_credentials

    return check_credentials(username, password)


@app.post("/login")
def login(response: Response, username: str = Form(...), password: str = Form(...)) -> dict[str, str]:
    buyer_code = verify_buyer(username, password)
    if buyer_code is None:
        raise HTTPException(status_code=401, detail="invalid credentials")
    sid = registry.open(buyer_code)
    response.set_cookie(CookiePolicy.name, sid, max_age=CookiePolicy.max_age(), **CookiePolicy.attributes)
    return {"buyer": buyer_code}


@app.post("/logout")
def logout(response: Response) -> dict[str, str]:
    response.delete_cookie(CookiePolicy.name, path="/")
    return {"status": "signed out"}
