"""API-key auth for internal callers (trust & safety console, moderation workers)."""
from __future__ import annotations

import hashlib
import hmac
import os
from functools import lru_cache

from fastapi import Depends, Header, HTTPException, status


@lru_cache(maxsize=1)
def _key_digests() -> dict[str, bytes]:
    """Map of caller name -> SHA-256 of its key, from INTERNAL_API_KEYS=name:key,..."""
    digests = {}
    for entry in os.environ.get("INTERNAL_API_KEYS", "").split(","):
        name, sep, key = entry.strip().partition(":")
        if sep and key:
            digests[name] = hashlib.sha256(key.encode()).digest()
    return digests


def _caller_for(presented: str) -> str | None:
    presented_digest = hashlib.sha256(presented.encode()).digest()
    caller = None
    for name, digest in _key_digests().items():
        if hmac.compare_digest(presented_digest, digest):
            caller = name
    return caller


def require_internal_caller(x_api_key: str = Header(default="")) -> str:
    caller = _caller_for(x_api_key) if x_api_key else None
    if caller is None:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid API key")
    return caller


def require_caller(*allowed: str):
    def dependency(caller: str = Depends(require_internal_caller)) -> str:
        if caller not in allowed:
            raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="caller not allowed")
        return caller

    return dependency
