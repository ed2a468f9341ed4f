"""Crew portal account management.

Roofers log into the crew portal from their phones to pick up job sheets,
record slate usage and sign off completed roofs. Accounts are created by
the office and stored in the shared Postgres database.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Optional

import psycopg2
from psycopg2.extras import RealDictCursor


@dataclass
class CrewMember:
    id: int
    username: str
    full_name: str
    depot: str
    is_foreman: bool = False


def _connect():
    return psycopg2.connect(os.environ["CREW_DB_DSN"], cursor_factory=RealDictCursor)


def _digest(password: str, salt: bytes) -> str:
    return hashlib.sha256(salt + password.encode("utf-8")).hexdigest()


def create_account(username: str, full_name: str, depot: str, password: str,
                   is_foreman: bool = False) -> CrewMember:
    salt = os.urandom(16)
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(
            "INSERT INTO crew_accounts (username, full_name, depot, is_foreman, pw_salt, pw_hash)"
            " VALUES (%s, %s, %s, %s, %s, %s) RETURNING id",
            (username, full_name, depot, is_foreman, salt.hex(), _digest(password, salt)),
        )
        new_id = cur.fetchone()["id"]
    return CrewMember(new_id, username, full_name, depot, is_foreman)


def authenticate(username: str, password: str) -> Optional[CrewMember]:
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT id, username, full_name, depot, is_foreman, pw_salt, pw_hash"
            " FROM crew_accounts WHERE username = %s AND active",
            (username,),
        )
        row = cur.fetchone()
    if row is None:
        return None
    candidate = _digest(password, bytes.fromhex(row["pw_salt"]))
    if not hmac.compare_digest(candidate, row["pw_hash"]):
        return None
    return CrewMember(row["id"], row["username"], row["full_name"],
                      row["depot"], row["is_foreman"])
