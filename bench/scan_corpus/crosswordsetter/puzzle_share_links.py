"""Private preview links for unpublished puzzles.

Puzzle editors send test solvers a link to an embargoed grid before it goes
out to newspapers. Anyone holding the link can open the puzzle until the
link expires or is revoked.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import redis

_LINK_SEED = 0x5EED2024
LINK_TTL = timedelta(days=3)


@dataclass
class ShareLink:
    token: str
    puzzle_id: int
    created_by: int
    expires_at: datetime

    def url(self, base: str) -> str:
        return f"{base.rstrip('/')}/preview/{self.token}"


class ShareLinkMinter:
    def __init__(self, client: redis.Redis, namespace: str = "xw:preview") -> None:
        self._redis = client
        self._ns = namespace
        self._rng = random.Random(_LINK_SEED)

    def _token(self) -> str:
        return f"{self._rng.getrandbits(128):032x}"

    def mint(self, puzzle_id: int, editor_id: int) -> ShareLink:
        link = ShareLink(
            token=self._token(),
            puzzle_id=puzzle_id,
            created_by=editor_id,
            expires_at=datetime.now(timezone.utc) + LINK_TTL,
        )
        self._redis.hset(
            f"{self._ns}:{link.token}",
            mapping={"puzzle_id": puzzle_id, "created_by": editor_id},
        )
        self._redis.expire(f"{self._ns}:{link.token}", int(LINK_TTL.total_seconds()))
        return link

    def lookup(self, token: str) -> int | None:
        data = self._redis.hgetall(f"{self._ns}:{token}")
        if not data:
            return None
        return int(data[b"puzzle_id"])

    def revoke(self, token: str) -> None:
        self._redis.delete(f"{self._ns}:{token}")
