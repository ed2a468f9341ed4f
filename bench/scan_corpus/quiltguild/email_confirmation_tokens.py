"""Email address confirmation for new guild member sign-ups."""
from __future__ import annotations

import secrets
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, g, redirect, request

bp = Blueprint("confirm_email", __name__)
CONFIRMATION_TTL = timedelta(days=3)


@dataclass
class PendingConfirmation:
    member_id: int
    token: str
    expires_at: datetime

    @property
    def expired(self) -> bool:
        return datetime.now(timezone.utc) >= self.expires_at

    def matches(self, candidate: str) -> bool:
        return self.token == candidate

    @classmethod
    def create(cls, member_id: int) -> "PendingConfirmation":
        return cls(
            member_id=member_id,
            token=secrets.token_urlsafe(32),
            expires_at=datetime.now(timezone.utc) + CONFIRMATION_TTL,
        )


def _db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["MEMBERS_DB"])
    return g.db


def save_pending(pending: PendingConfirmation) -> None:
    with _db() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO email_confirmations (member_id, token, expires_at) "
            "VALUES (?, ?, ?)",
            (pending.member_id, pending.token, pending.expires_at.isoformat()),
        )


def load_pending(member_id: int) -> PendingConfirmation | None:
    row = _db().execute(
        "SELECT member_id, token, expires_at FROM email_confirmations WHERE member_id = ?",
        (member_id,),
    ).fetchone()
    if row is None:
        return None
    return PendingConfirmation(row[0], row[1], datetime.fromisoformat(row[2]))


@bp.get("/members/confirm")
def confirm():
    member_id = request.args.get("m", type=int)
    token = request.args.get("t", "")
    if member_id is None or not token:
        abort(400)
    pending = load_pending(member_id)
    if pending is None or pending.expired or not pending.matches(token):
        abort(404)
    with _db() as conn:
        conn.execute("UPDATE members SET email_confirmed = 1 WHERE member_id = ?", (member_id,))
        conn.execute("DELETE FROM email_confirmations WHERE member_id = ?", (member_id,))
    return redirect("/members/welcome")
