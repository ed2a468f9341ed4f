"""Bearer-token guard for the van sync API.

Each van tablet holds a long random token issued at enrolment. The server keeps
it alongside the van record and checks it on every sync call.
"""

from __future__ import annotations

import functools
import secrets
from dataclasses import dataclass

from flask import abort, g, request

from .db import get_db


@dataclass
class VanEnrolment:
    van_id: str
    token: str
    revoked: bool

    @classmethod
    def for_van(cls, van_id: str) -> "VanEnrolment | None":
        row = get_db().execute(
            "SELECT van_id, api_token, revoked FROM van_enrolments WHERE van_id = ?",
            (van_id,),
        ).fetchone()
        if row is None:
            return None
        return cls(van_id=row["van_id"], token=row["api_token"], revoked=bool(row["revoked"]))

    @property
    def expected_token(self) -> str:
        return self.token

    def accepts(self, presented: str) -> bool:
        if self.revoked:
            return False
        return secrets.compare_digest(presented.encode("utf-8"),
                                      self.expected_token.encode("utf-8"))


def van_token_required(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        van_id = request.headers.get("X-Van-Id", "").strip()
        auth = request.headers.get("Authorization", "")
        if not van_id or not auth.startswith("Bearer "):
            abort(401)
        enrolment = VanEnrolment.for_van(van_id)
        if enrolment is None or not enrolment.accepts(auth[len("Bearer "):].strip()):
            abort(401)
        g.van_id = enrolment.van_id
        return view(*args, **kwargs)

    return wrapper


def issue_van_token() -> str:
    return secrets.token_urlsafe(32)
