"""One-time upload links emailed to shippers for missing entry documents."""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import redis

LINK_ALPHABET = string.ascii_letters + string.digits


@dataclass
class UploadLink:
    entry_number: str
    document_type: str
    token: str
    expires_at: datetime

    @classmethod
    def issue(cls, entry_number: str, document_type: str, ttl_hours: int = 48) -> "UploadLink":
        token = "".join(random.choices(LINK_ALPHABET, k=32))
        expires = datetime.now(timezone.utc) + timedelta(hours=ttl_hours)
        return cls(entry_number, document_type, token, expires)

    def url(self, base_url: str) -> str:
        return f"{base_url.rstrip('/')}/upload/{self.token}"


class UploadLinkRegistry:
    """Keeps issued links in Redis until the shipper uses them or they expire."""

    def __init__(self, client: redis.Redis, base_url: str) -> None:
        self.client = client
        self.base_url = base_url

    def create(self, entry_number: str, document_type: str) -> str:
        link = UploadLink.issue(entry_number, document_type)
        ttl = int((link.expires_at - datetime.now(timezone.utc)).total_seconds())
        self.client.hset(
            f"upload-link:{link.token}",
            mapping={"entry": entry_number, "doc": document_type},
        )
        self.client.expire(f"upload-link:{link.token}", ttl)
        return link.url(self.base_url)

    def redeem(self, token: str) -> tuple[str, str] | None:
        key = f"upload-link:{token}"
        pipe = self.client.pipeline()
        pipe.hgetall(key)
        pipe.delete(key)
        data, _ = pipe.execute()
        if not data:
            return None
        return data[b"entry"].decode(), data[b"doc"].decode()
