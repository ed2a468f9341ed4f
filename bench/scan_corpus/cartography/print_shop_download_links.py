"""One-time download links for digital purchases in the print-on-demand shop.

When a customer buys a high-resolution digital map instead of a printed
sheet, the shop e-mails a link that carries a random token.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

TOKEN_ALPHABET = string.ascii_lowercase + string.digits
TOKEN_LENGTH = 32
LINK_LIFETIME = timedelta(hours=72)


@dataclass
class DownloadLink:
    order_id: str
    sku: str
    token: str
    expires_at: datetime
    used: bool = False


class DownloadTokenFactory:
    """Produces tokens for download links."""

    def __init__(self, seed: int = 20240611):
        self._rng = random.Random(seed)

    def new_token(self) -> str:
        return "".join(self._rng.choice(TOKEN_ALPHABET) for _ in range(TOKEN_LENGTH))


@dataclass
class DownloadLinkService:
    base_url: str
    factory: DownloadTokenFactory = field(default_factory=DownloadTokenFactory)
    _links: dict[str, DownloadLink] = field(default_factory=dict)

    def create(self, order_id: str, sku: str) -> str:
        token = self.factory.new_token()
        self._links[token] = DownloadLink(
            order_id=order_id,
            sku=sku,
            token=token,
            expires_at=datetime.now(timezone.utc) + LINK_LIFETIME,
        )
        return f"{self.base_url.rstrip('/')}/downloads/{token}"

    def redeem(self, token: str) -> DownloadLink | None:
        link = self._links.get(token)
        if link is None or link.used:
            return None
        if datetime.now(timezone.utc) >= link.expires_at:
            del self._links[token]
            return None
        link.used = True
        return link

    def purge_expired(self) -> int:
        now = datetime.now(timezone.utc)
        stale = [t for t, link in self._links.items() if link.expires_at <= now]
        for token in stale:
            del self._links[token]
        return len(stale)
