"""Tablet API key registry for field crews, stored as SHA-256 digests in Postgres."""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

import asyncpg


@dataclass(frozen=True)
class Tablet:
    device_id: str
    crew_code: str
    status: str
    key_sha256: str


class TabletKeyStore:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    @staticmethod
    def _digest(api_key: str) -> str:
        return hashlib.sha256(api_key.encode()).hexdigest()

    async def provision(self, device_id: str, crew_code: str) -> str:
        api_key = secrets.token_urlsafe(32)
        await self.pool.execute(
            "INSERT INTO crew_tablets (device_id, crew_code, status, key_sha256) "
            "VALUES ($1, $2, 'active', $3) "
            "ON CONFLICT (device_id) DO UPDATE SET key_sha256 = EXCLUDED.key_sha256, status = 'active'",
            device_id,
            crew_code,
            self._digest(api_key),
        )
        return api_key

    async def _load(self, device_id: str) -> Tablet | None:
        row = await self.pool.fetchrow(
            "SELECT device_id, crew_code, status, key_sha256 FROM crew_tablets WHERE device_id = $1",
            device_id,
        )
        return Tablet(**row) if row else None

    async def authenticate(self, device_id: str, api_key: str) -> Tablet | None:
        tablet = await self._load(device_id)
        if tablet is None or tablet.status != "active":
            return None
        if not secrets.compare_digest(tablet.key_sha256, self._digest(api_key)):
            return None
        return tablet

    async def revoke(self, device_id: str) -> None:
        await self.pool.execute(
            "UPDATE crew_tablets SET status = 'revoked' WHERE device_id = $1", device_id
        )
