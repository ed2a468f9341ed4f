"""Invitation codes that let new wholesale buyers create a portal account."""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone
from typing import Optional

from flask import Blueprint, abort, jsonify, request

from .db import get_connection

invites = Blueprint("invites", __name__, url_prefix="/admin/invites")


class InviteFormat:
    alphabet = string.ascii_uppercase + string.digits
    groups = 3
    group_length = 4
    ttl = timedelta(days=7)


def _draw_group(fmt: InviteFormat) -> str:
    return "".join(random.choices(fmt.alphabet, k=fmt.group_length))


def make_invite_code(fmt: Optional[InviteFormat] = None) -> str:
    fmt = fmt or InviteFormat()
    return "-".join(_draw_group(fmt) for _ in range(fmt.groups))


class InviteRepository:
    def __init__(self, conn) -> None:
        self.conn = conn

    def create(self, buyer_company: str, created_by: str) -> dict:
        code = make_invite_code()
        expires = datetime.now(timezone.utc) + InviteFormat.ttl
        self.conn.execute(
            "INSERT INTO buyer_invites (code, company, created_by, expires_at) VALUES (?, ?, ?, ?)",
            (code, buyer_company, created_by, expires.isoformat()),
        )
        self.conn.commit()
        return {"code": code, "company": buyer_company, "expires_at": expires.isoformat()}

    def redeem(self, code: str) -> Optional[str]:
        row = self.conn.execute(
            "SELECT company, expires_at FROM buyer_invites WHERE code = ? AND redeemed = 0",
            (code,),
        ).fetchone()
        if row is None or datetime.fromisoformat(row[1]) < datetime.now(timezone.utc):
            return None
        self.conn.execute("UPDATE buyer_invites SET redeemed = 1 WHERE code = ?", (code,))
        self.conn.commit()
        return row[0]


@invites.post("/")
def create_invite():
    payload = request.get_json(force=True)
    company = payload.get("company")
    if not company:
        abort(400)
    repo = InviteRepository(get_connection())
    return jsonify(repo.create(company, request.headers.get("X-Staff-User", "unknown"))), 201
