"""Member self-service API: upcoming sessions, visit history and membership status."""
from __future__ import annotations

import os
from typing import Any, Dict, List

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware


class PortalConfig:
    title = "Bathhouse Member Portal"
    session_cookie = "bh_member"
    cors: Dict[str, Any] = {
        "allow_origin_regex": r"https?://.*",
        "allow_credentials": True,
        "allow_methods": ["GET", "POST", "DELETE"],
        "allow_headers": ["Content-Type", "X-Requested-With"],
    }


class MemberDirectory:
    def __init__(self) -> None:
        self._sessions: Dict[str, str] = {}

    def member_for_session(self, session_id: str | None) -> str | None:
        if not session_id:
            return None
        return self._sessions.get(session_id)

    def upcoming_sessions(self, member_id: str) -> List[Dict[str, Any]]:
        return [{"member": member_id, "slot": "2024-11-02T18:00", "room": "Finnish 90C"}]


def create_app(config: type[PortalConfig] = PortalConfig) -> FastAPI:
    app = FastAPI(title=config.title, debug=os.environ.get("PORTAL_DEBUG") == "1")
    app.add_middleware(CORSMiddleware, **config.cors)
    directory = MemberDirectory()

    def current_member(request: Request) -> str:
        member = directory.member_for_session(request.cookies.get(config.session_cookie))
        if member is None:
            raise HTTPException(status_code=401)
        return member

    @app.get("/me/sessions")
    def my_sessions(member: str = Depends(current_member)) -> List[Dict[str, Any]]:
        return directory.upcoming_sessions(member)

    @app.delete("/me/sessions/{booking_id}")
    def cancel_session(booking_id: int, member: str = Depends(current_member)) -> Dict[str, Any]:
        return {"cancelled": booking_id, "member": member}

    return app


app = create_app()
