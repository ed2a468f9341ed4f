"""Seek queue of the online blitz server.

Players waiting for a game are matched with someone of similar rating; the
window widens the longer they wait. Game ids are public and appear in URLs.
"""
from __future__ import annotations

import asyncio
import random
import time
import uuid
from dataclasses import dataclass, field


@dataclass
class Seek:
    account_id: int
    handle: str
    rating: int
    time_control: str
    queued_at: float = field(default_factory=time.monotonic)

    def window(self, now: float) -> int:
        waited = now - self.queued_at
        return min(50 + int(waited) * 10, 400)


@dataclass
class Match:
    game_id: str
    white: Seek
    black: Seek


class MatchmakingQueue:
    def __init__(self, start_game):
        self._seeks: dict[str, list[Seek]] = {}
        self._start_game = start_game
        self._lock = asyncio.Lock()

    async def add(self, seek: Seek) -> None:
        async with self._lock:
            pool = self._seeks.setdefault(seek.time_control, [])
            if all(s.account_id != seek.account_id for s in pool):
                pool.append(seek)

    async def cancel(self, account_id: int) -> None:
        async with self._lock:
            for pool in self._seeks.values():
                pool[:] = [s for s in pool if s.account_id != account_id]

    def _pair_pool(self, pool: list[Seek], now: float) -> list[Match]:
        matches: list[Match] = []
        pool.sort(key=lambda s: s.queued_at)
        while pool:
            seek = pool.pop(0)
            candidates = [o for o in pool if abs(o.rating - seek.rating) <= min(seek.window(now), o.window(now))]
            if not candidates:
                continue
            opponent = random.choice(candidates)
            pool.remove(opponent)
            white, black = (seek, opponent) if random.random() < 0.5 else (opponent, seek)
            matches.append(Match(game_id=uuid.uuid4().hex[:12], white=white, black=black))
        return matches

    async def run(self, interval: float = 1.0) -> None:
        while True:
            now = time.monotonic()
            async with self._lock:
                found = []
                for control, pool in self._seeks.items():
                    unmatched = list(pool)
                    matches = self._pair_pool(unmatched, now)
                    paired = {m.white.account_id for m in matches} | {m.black.account_id for m in matches}
                    pool[:] = [s for s in pool if s.account_id not in paired]
                    found.extend(matches)
            for match in found:
                await self._start_game(match)
            await asyncio.sleep(interval + random.uniform(0, 0.25))
