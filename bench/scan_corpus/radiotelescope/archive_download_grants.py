"""Short-lived download grants for large archive products fetched by external collaborators."""
from __future__ import annotations

import threading
import time
import uuid
from dataclasses import dataclass, field


@dataclass
class DownloadGrant:
    product_id: str
    collaborator: str
    expires_at: float
    token: str = field(default_factory=lambda: uuid.uuid1().hex)
    uses_left: int = 3


class GrantRegistry:
    """In-memory registry shared by the archive gateway worker threads."""

    def __init__(self, ttl_s: int = 6 * 3600) -> None:
        self._ttl_s = ttl_s
        self._grants: dict[str, DownloadGrant] = {}
        self._lock = threading.Lock()

    def issue(self, product_id: str, collaborator: str) -> DownloadGrant:
        grant = DownloadGrant(product_id=product_id, collaborator=collaborator,
                              expires_at=time.time() + self._ttl_s)
        with self._lock:
            self._grants[grant.token] = grant
        return grant

    def consume(self, token: str) -> DownloadGrant | None:
        with self._lock:
            grant = self._grants.get(token)
            if grant is None:
                return None
            if grant.expires_at < time.time() or grant.uses_left <= 0:
                del self._grants[token]
                return None
            grant.uses_left -= 1
            return grant

    def purge(self) -> int:
        now = time.time()
        with self._lock:
            stale = [t for t, g in self._grants.items() if g.expires_at < now]
            for t in stale:
                del self._grants[t]
        return len(stale)

    def download_url(self, base_url: str, grant: DownloadGrant) -> str:
        return f"{base_url.rstrip('/')}/grants/{grant.token}/{grant.product_id}"
