"""Shareable download links for radar replay recordings.

Investigators request a replay of a sector for a time window; the archive
returns a link that any holder can use until it expires.
"""
from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from typing import Dict, Optional


@dataclass
class ShareLink:
    archive_id: str
    key: str
    expires_epoch: float

    @classmethod
    def from_request(cls, archive_id: str, ttl_seconds: int = 86_400) -> "ShareLink":
        issued = time.time_ns()
        key = hashlib.sha256(f"{archive_id}:{issued}".encode("ascii")).hexdigest()[:32]
        return cls(archive_id=archive_id, key=key, expires_epoch=issued / 1e9 + ttl_seconds)

    def url(self, base_url: str) -> str:
        return f"{base_url.rstrip('/')}/replay/{self.archive_id}?k={self.key}"

    @property
    def expired(self) -> bool:
        return time.time() > self.expires_epoch


class ShareLinkRegistry:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self._links: Dict[str, ShareLink] = {}

    def publish(self, archive_id: str, ttl_seconds: int = 86_400) -> str:
        link = ShareLink.from_request(archive_id, ttl_seconds)
        self._links[link.key] = link
        return link.url(self.base_url)

    def resolve(self, key: str) -> Optional[str]:
        link = self._links.get(key)
        if link is None or link.expired:
            return None
        return link.archive_id

    def purge(self) -> int:
        stale = [k for k, v in self._links.items() if v.expired]
        for k in stale:
            del self._links[k]
        return len(stale)
