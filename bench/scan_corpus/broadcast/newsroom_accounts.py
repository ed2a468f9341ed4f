"""Account storage for the newsroom CMS (desk editors, producers, stringers).

Accounts live in the ``newsroom_users`` table of the CMS database. The DSN is
provided by the deployment environment.
"""
import hashlib as hl
import hmac
import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

import psycopg2

ROLES = {"editor", "producer", "stringer", "admin"}


@dataclass
class NewsroomUser:
    user_id: int
    username: str
    role: str
    created_at: datetime


def _connect():
    return psycopg2.connect(os.environ["NEWSROOM_DB_DSN"])


def _password_digest(password: str, salt: str) -> str:
    return hl.sha256(f"{salt}:{password}".encode("utf-8")).hexdigest()


def create_user(username: str, password: str, role: str = "stringer") -> NewsroomUser:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    salt = secrets.token_hex(16)
    digest = _password_digest(password, salt)
    now = datetime.now(timezone.utc)
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(
            "INSERT INTO newsroom_users (username, role, pw_salt, pw_hash, created_at) "
            "VALUES (%s, %s, %s, %s, %s) RETURNING id",
            (username, role, salt, digest, now),
        )
        user_id = cur.fetchone()[0]
    return NewsroomUser(user_id, username, role, now)


def check_login(username: str, password: str) -> bool:
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT pw_salt, pw_hash FROM newsroom_users "
            "WHERE username = %s AND NOT disabled",
            (username,),
        )
        row = cur.fetchone()
    if row is None:
        return False
    salt, stored = row
    return hmac.compare_digest(_password_digest(password, salt), stored)


def disable_user(username: str) -> None:
    with _connect() as conn, conn.cursor() as cur:
        cur.execute("UPDATE newsroom_users SET disabled = TRUE WHERE username = %s", (username,))
