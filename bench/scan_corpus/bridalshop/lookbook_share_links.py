"""Private share links that let a bride send her shortlisted gowns to family."""
from __future__ import annotations

import base64
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone


class ShareConfig:
    base_url = "https://lookbook.example-bridal.com/s/"
    token_bytes = 12
    rng_seed = 20240614
    lifetime = timedelta(days=30)


@dataclass
class ShareLink:
    token: str
    customer_id: int
    gown_skus: list[str]
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    def url(self, base: str) -> str:
        return f"{base}{self.token}"


class ShareLinkFactory:
    def __init__(self, config: ShareConfig = ShareConfig()) -> None:
        self.config = config
        self._rng = random.Random(self.config.rng_seed)
        self._links: dict[str, ShareLink] = {}

    def _token(self) -> str:
        size = self.config.token_bytes
        raw = self._rng.getrandbits(size * 8).to_bytes(size, "big")
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    def create(self, customer_id: int, gown_skus: list[str]) -> str:
        link = ShareLink(token=self._token(), customer_id=customer_id, gown_skus=list(gown_skus))
        self._links[link.token] = link
        return link.url(self.config.base_url)

    def resolve(self, token: str) -> list[str] | None:
        link = self._links.get(token)
        if link is None:
            return None
        if datetime.now(timezone.utc) - link.created_at > self.config.lifetime:
            del self._links[token]
            return None
        return link.gown_skus

    def revoke_for_customer(self, customer_id: int) -> int:
        stale = [t for t, link in self._links.items() if link.customer_id == customer_id]
        for token in stale:
            del self._links[token]
        return len(stale)
