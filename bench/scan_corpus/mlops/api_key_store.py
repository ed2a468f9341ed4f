"""API keys for programmatic access to the model registry.

Keys are 256-bit random values shown to the user once. Only a SHA-256 digest
is stored, which is enough for lookup because the keys are not guessable.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

import psycopg

KEY_PREFIX = "mlr_"


@dataclass
class ApiKey:
    key_id: int
    owner: str
    scopes: list[str]


def _digest(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode("ascii")).hexdigest()


def issue_key(conn: psycopg.Connection, owner: str, scopes: list[str]) -> str:
    raw = KEY_PREFIX + secrets.token_urlsafe(32)
    with conn.transaction():
        conn.execute(
            "INSERT INTO api_keys (owner, key_sha256, scopes, created_at) VALUES (%s, %s, %s, %s)",
            (owner, _digest(raw), scopes, datetime.now(timezone.utc)),
        )
    return raw


def resolve_key(conn: psycopg.Connection, raw_key: str) -> ApiKey | None:
    if not raw_key.startswith(KEY_PREFIX):
        return None
    row = conn.execute(
        "SELECT id, owner, scopes FROM api_keys WHERE key_sha256 = %s AND revoked_at IS NULL",
        (_digest(raw_key),),
    ).fetchone()
    if row is None:
        return None
    return ApiKey(key_id=row[0], owner=row[1], scopes=list(row[2]))


def revoke_key(conn: psycopg.Connection, key_id: int, owner: str) -> bool:
    cur = conn.execute(
        "UPDATE api_keys SET revoked_at = now() WHERE id = %s AND owner = %s AND revoked_at IS NULL",
        (key_id, owner),
    )
    return cur.rowcount == 1
