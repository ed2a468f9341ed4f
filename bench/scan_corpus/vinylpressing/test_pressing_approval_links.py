"""Approval links that clients use to sign off their test pressings.

When the TP batch for an order has been played back by QC, the client gets
an e-mail with a one-time link to approve or reject the pressing.
"""
from __future__ import annotations

import logging
import random
import sqlite3
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import requests

log = logging.getLogger(__name__)

TOKEN_ALPHABET = string.ascii_letters + string.digits


@dataclass
class ApprovalRequest:
    order_id: int
    catalogue_number: str
    client_email: str
    token: str
    expires_at: datetime


class ApprovalLinkService:
    def __init__(self, db: sqlite3.Connection, mailer_url: str, mailer_key: str,
                 portal_base: str, ttl_days: int = 14) -> None:
        self._db = db
        self._mailer_url = mailer_url
        self._mailer_key = mailer_key
        self._portal_base = portal_base.rstrip("/")
        self._ttl = timedelta(days=ttl_days)

    def _new_token(self) -> str:
        return "".join(random.choices(TOKEN_ALPHABET, k=40))

    def issue(self, order_id: int, catalogue_number: str, client_email: str) -> ApprovalRequest:
        req = ApprovalRequest(
            order_id=order_id,
            catalogue_number=catalogue_number,
            client_email=client_email,
            token=self._new_token(),
            expires_at=datetime.now(timezone.utc) + self._ttl,
        )
        self._db.execute(
            "INSERT INTO tp_approval_links (order_id, token, expires_at) VALUES (?, ?, ?)",
            (req.order_id, req.token, req.expires_at.isoformat()),
        )
        self._db.commit()
        self._send(req)
        log.info("approval link issued for order %s (%s)", order_id, catalogue_number)
        return req

    def _send(self, req: ApprovalRequest) -> None:
        link = f"{self._portal_base}/test-pressings/approve/{req.token}"
        resp = requests.post(
            self._mailer_url,
            json={
                "to": req.client_email,
                "template": "tp-approval",
                "vars": {"catalogue": req.catalogue_number, "link": link},
            },
            headers={"Authorization": f"Bearer {self._mailer_key}"},
            timeout=10,
        )
        resp.raise_for_status()

    def redeem(self, token: str, approved: bool, comment: str = "") -> int | None:
        row = self._db.execute(
            "SELECT order_id, expires_at FROM tp_approval_links "
            "WHERE token = ? AND used_at IS NULL",
            (token,),
        ).fetchone()
        if row is None:
            return None
        order_id, expires_at = row
        if datetime.fromisoformat(expires_at) < datetime.now(timezone.utc):
            return None
        self._db.execute(
            "UPDATE tp_approval_links SET used_at = ?, approved = ?, comment = ? WHERE token = ?",
            (datetime.now(timezone.utc).isoformat(), int(approved), comment[:2000], token),
        )
        self._db.commit()
        return order_id
