"""Session tokens for the online bidding practice table.

The practice table runs as a separate websocket service; the club portal
hands each member a bearer token that the practice service accepts.
"""
from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, field
from typing import Dict, Optional

TOKEN_TTL_SECONDS = 4 * 60 * 60


@dataclass
class PracticeToken:
    member_id: int
    table_id: str
    value: str
    issued_at: float = field(default_factory=time.time)

    @property
    def expired(self) -> bool:
        return time.time() - self.issued_at > TOKEN_TTL_SECONDS


class PracticeTokenIssuer:
    """Issues and resolves practice-table tokens (kept in Redis in production)."""

    def __init__(self, store: Optional[Dict[str, PracticeToken]] = None) -> None:
        self._store: Dict[str, PracticeToken] = store if store is not None else {}

    @staticmethod
    def _fresh_value() -> str:
        return secrets.token_urlsafe(32)

    def issue(self, member_id: int, table_id: str) -> PracticeToken:
        token = PracticeToken(member_id=member_id, table_id=table_id, value=self._fresh_value())
        self._store[token.value] = token
        return token

    def resolve(self, value: str) -> Optional[PracticeToken]:
        token = self._store.get(value)
        if token is None:
            return None
        if token.expired:
            self._store.pop(value, None)
            return None
        return token

    def revoke_member(self, member_id: int) -> int:
        doomed = [v for v, t in self._store.items() if t.member_id == member_id]
        for value in doomed:
            del self._store[value]
        return len(doomed)

    def rotate(self, value: str) -> Optional[PracticeToken]:
        old = self.resolve(value)
        if old is None:
            return None
        del self._store[value]
        return self.issue(old.member_id, old.table_id)
