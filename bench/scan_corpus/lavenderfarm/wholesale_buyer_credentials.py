"""Buyer contact accounts for the wholesale portal, hashed through a passlib context."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

import psycopg
from passlib.context import CryptContext
from psycopg.rows import class_row

log = logging.getLogger(__name__)

PORTAL_CRYPT_OPTIONS = {
    "schemes": ["bcrypt"],
    "deprecated": "auto",
    "bcrypt__rounds": 12,
}

pwd_context = CryptContext(**PORTAL_CRYPT_OPTIONS)


@dataclass
class BuyerContact:
    id: int
    buyer_id: int
    email: str
    password_hash: str


class BuyerContactStore:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def add(self, buyer_id: int, email: str, password: str) -> int:
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "INSERT INTO buyer_contacts (buyer_id, email, password_hash)"
                " VALUES (%s, %s, %s) RETURNING id",
                (buyer_id, email.lower(), pwd_context.hash(password)),
            ).fetchone()
        return row[0]

    def _get(self, email: str) -> Optional[BuyerContact]:
        with psycopg.connect(self._conninfo) as conn:
            cur = conn.cursor(row_factory=class_row(BuyerContact))
            return cur.execute(
                "SELECT id, buyer_id, email, password_hash FROM buyer_contacts WHERE email = %s",
                (email.lower(),),
            ).fetchone()

    def _store_hash(self, contact_id: int, new_hash: str) -> None:
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "UPDATE buyer_contacts SET password_hash = %s WHERE id = %s", (new_hash, contact_id)
            )

    def login(self, email: str, password: str) -> Optional[BuyerContact]:
        contact = self._get(email)
        if contact is None:
            pwd_context.dummy_verify()
            return None
        ok, new_hash = pwd_context.verify_and_update(password, contact.password_hash)
        if not ok:
            log.info("rejected wholesale login for %s", contact.email)
            return None
        if new_hash:
            self._store_hash(contact.id, new_hash)
        return contact
