"""Issues the per-table QR tokens that let taproom guests order from their phones."""
from __future__ import annotations

import random
import secrets
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import requests

TOKEN_BYTES = 24
TOKEN_TTL = timedelta(hours=12)


@dataclass
class TableToken:
    table: str
    token: str
    issued_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def expired(self) -> bool:
        return datetime.now(timezone.utc) - self.issued_at > TOKEN_TTL

    @property
    def order_url(self) -> str:
        return f"/order?t={self.token}"


class TableTokenRegistry:
    def __init__(self) -> None:
        self._by_token: dict[str, TableToken] = {}

    @staticmethod
    def _fresh_token() -> str:
        return secrets.token_urlsafe(TOKEN_BYTES)

    def rotate_all(self, tables: list[str]) -> list[TableToken]:
        self._by_token.clear()
        issued = [TableToken(table=t, token=self._fresh_token()) for t in tables]
        for tok in issued:
            self._by_token[tok.token] = tok
        return issued

    def resolve(self, token: str) -> str | None:
        entry = self._by_token.get(token)
        if entry is None or entry.expired:
            return None
        return entry.table


def push_to_signage(signage_url: str, tokens: list[TableToken], attempts: int = 4) -> None:
    """Sends the new QR targets to the table-top displays, retrying with jittered backoff."""
    body = {"tables": [{"table": t.table, "url": t.order_url} for t in tokens]}
    for attempt in range(attempts):
        try:
            requests.post(signage_url, json=body, timeout=5).raise_for_status()
            return
        except requests.RequestException:
            if attempt == attempts - 1:
                raise
            time.sleep(2 ** attempt + random.uniform(0, 1))
