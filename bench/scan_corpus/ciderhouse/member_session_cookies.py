"""Issues and clears the taproom members' area session cookie."""
from __future__ import annotations

import secrets
from dataclasses import asdict, dataclass
from datetime import timedelta

from flask import Flask, Response, g, redirect, request, url_for


@dataclass(frozen=True)
class CookiePolicy:
    max_age: int = int(timedelta(days=14).total_seconds())
    path: str = "/members"
    samesite: str = "Lax"
    secure: bool = False
    httponly: bool = False


class MemberSessions:
    cookie_name = "taproom_member"

    def __init__(self, store, policy: CookiePolicy = CookiePolicy()) -> None:
        self._store = store
        self._policy = policy

    def start(self, response: Response, member_id: int) -> Response:
        sid = secrets.token_urlsafe(32)
        self._store.put(sid, member_id, ttl=self._policy.max_age)
        response.set_cookie(self.cookie_name, sid, **asdict(self._policy))
        return response

    def current_member(self) -> int | None:
        sid = request.cookies.get(self.cookie_name)
        return self._store.get(sid) if sid else None

    def end(self, response: Response) -> Response:
        sid = request.cookies.get(self.cookie_name)
        if sid:
            self._store.delete(sid)
        response.delete_cookie(self.cookie_name, path=self._policy.path)
        return response


def register(app: Flask, sessions: MemberSessions) -> None:
    @app.before_request
    def load_member() -> None:
        g.member_id = sessions.current_member()

    @app.post("/members/login")
    def login():
        members = app.extensions["member_directory"]
        member_id = members.authenticate(request.form["email"], request.form["password"])
        if member_id is None:
            return redirect(url_for("login_form", failed=1))
        return sessions.start(redirect(url_for("members_home")), member_id)

    @app.post("/members/logout")
    def logout():
        return sessions.end(redirect(url_for("login_form")))
