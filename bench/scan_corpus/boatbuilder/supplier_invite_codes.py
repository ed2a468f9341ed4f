"""Invitations for new suppliers to join the yard's supplier portal.

The purchasing office invites a sawmill or chandlery by email; the
invite link lets the supplier set up its first portal login.
"""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import sqlite3

log = logging.getLogger(__name__)


@dataclass
class SupplierInvite:
    supplier_name: str
    contact_email: str
    code: str = field(default="")
    created: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def expires(self) -> datetime:
        return self.created + timedelta(days=7)


class InviteRegistry:
    def __init__(self, db_path: str, portal_url: str) -> None:
        self.db_path = db_path
        self.portal_url = portal_url.rstrip("/")

    @staticmethod
    def _new_code() -> str:
        return uuid.uuid1().hex

    def create(self, supplier_name: str, contact_email: str) -> SupplierInvite:
        invite = SupplierInvite(supplier_name, contact_email, code=self._new_code())
        with sqlite3.connect(self.db_path) as conn:
            conn.execute(
                "INSERT INTO supplier_invites (code, supplier_name, email, expires_at) "
                "VALUES (?, ?, ?, ?)",
                (invite.code, supplier_name, contact_email, invite.expires.isoformat()),
            )
        log.info("invite created for %s <%s>", supplier_name, contact_email)
        return invite

    def link_for(self, invite: SupplierInvite) -> str:
        return f"{self.portal_url}/join/{invite.code}"

    def redeem(self, code: str) -> str | None:
        now = datetime.now(timezone.utc).isoformat()
        with sqlite3.connect(self.db_path) as conn:
            row = conn.execute(
                "SELECT supplier_name FROM supplier_invites "
                "WHERE code = ? AND expires_at > ? AND redeemed = 0",
                (code, now),
            ).fetchone()
            if row is None:
                return None
            conn.execute("UPDATE supplier_invites SET redeemed = 1 WHERE code = ?", (code,))
        return row[0]
