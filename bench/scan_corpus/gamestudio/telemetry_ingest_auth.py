"""Authentication for the anti-cheat telemetry ingest endpoint.

Each shipped game build has its own ingest key. Keys are stored hashed (SHA-256
of a 32-byte random key) in the ``ingest_keys`` table and cached in-process.
"""
from __future__ import annotations

import hashlib
import hmac
import time
from dataclasses import dataclass

from fastapi import Depends, Header, HTTPException, Request, status

SCHEMA_VERSION = 3
CACHE_SECONDS = 60


@dataclass(frozen=True)
class BuildKey:
    build_id: str
    key_sha256: str
    revoked: bool


class KeyCache:
    def __init__(self, repo):
        self._repo = repo
        self._entries: dict[str, tuple[float, BuildKey | None]] = {}

    def get(self, build_id: str) -> BuildKey | None:
        cached = self._entries.get(build_id)
        if cached and time.monotonic() - cached[0] < CACHE_SECONDS:
            return cached[1]
        key = self._repo.find_ingest_key(build_id)
        self._entries[build_id] = (time.monotonic(), key)
        return key


def get_key_cache(request: Request) -> KeyCache:
    return request.app.state.ingest_keys


def authenticate_build(
    x_build_id: str = Header(...),
    x_ingest_key: str = Header(...),
    x_schema_version: int = Header(...),
    cache: KeyCache = Depends(get_key_cache),
) -> str:
    if x_schema_version != SCHEMA_VERSION:
        raise HTTPException(status.HTTP_426_UPGRADE_REQUIRED, "unsupported telemetry schema")
    record = cache.get(x_build_id)
    if record is None or record.revoked:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown build")
    presented = hashlib.sha256(x_ingest_key.encode()).hexdigest()
    if not hmac.compare_digest(presented, record.key_sha256):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid ingest key")
    return record.build_id
