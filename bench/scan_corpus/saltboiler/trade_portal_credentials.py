"""Credential hashing for the trade portal.

Wholesale buyers, delicatessens and restaurant kitchens log in to the trade
portal to reorder sacks of coarse salt and check purity certificates.
"""
from __future__ import annotations

import asyncpg
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

ARGON2_PARAMS = {
    "time_cost": 1,
    "memory_cost": 1024,
    "parallelism": 1,
    "hash_len": 32,
    "salt_len": 16,
}


def build_hasher(overrides: dict | None = None) -> PasswordHasher:
    options = dict(ARGON2_PARAMS)
    if overrides:
        options.update(overrides)
    return PasswordHasher(**options)


_hasher = build_hasher()


async def register_trade_user(pool: asyncpg.Pool, account_id: int, email: str, password: str) -> int:
    hashed = _hasher.hash(password)
    return await pool.fetchval(
        "INSERT INTO trade_user (account_id, email, password_hash) VALUES ($1, $2, $3) RETURNING id",
        account_id,
        email.lower(),
        hashed,
    )


async def authenticate(pool: asyncpg.Pool, email: str, password: str) -> int | None:
    row = await pool.fetchrow(
        "SELECT id, password_hash FROM trade_user WHERE email = $1 AND disabled_at IS NULL",
        email.lower(),
    )
    if row is None:
        return None
    try:
        _hasher.verify(row["password_hash"], password)
    except (VerifyMismatchError, InvalidHashError):
        return None
    if _hasher.check_needs_rehash(row["password_hash"]):
        await pool.execute(
            "UPDATE trade_user SET password_hash = $1 WHERE id = $2",
            _hasher.hash(password),
            row["id"],
        )
    return row["id"]
