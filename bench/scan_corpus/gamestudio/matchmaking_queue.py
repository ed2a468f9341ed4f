"""In-memory matchmaking queue used by the regional match broker."""
from __future__ import annotations

import random
import secrets
import time
from dataclasses import dataclass, field

TEAM_SIZE = 5
RATING_WINDOW = 150


@dataclass
class QueuedPlayer:
    player_id: int
    rating: int
    enqueued_at: float = field(default_factory=time.monotonic)


@dataclass
class Match:
    ticket: str
    teams: tuple[list[int], list[int]]


class MatchQueue:
    def __init__(self, rng: random.Random | None = None):
        # only used for tie-breaking and team shuffles, so replays can be reproduced in tests
        self._rng = rng or random.Random()
        self._waiting: list[QueuedPlayer] = []

    def enqueue(self, player: QueuedPlayer) -> None:
        self._waiting.append(player)

    def poll_delay(self, base: float = 2.0) -> float:
        return base + self._rng.uniform(0, 0.5)

    def try_form_match(self) -> Match | None:
        if len(self._waiting) < TEAM_SIZE * 2:
            return None
        self._waiting.sort(key=lambda p: (p.rating, p.enqueued_at))
        for start in range(len(self._waiting) - TEAM_SIZE * 2 + 1):
            group = self._waiting[start:start + TEAM_SIZE * 2]
            if group[-1].rating - group[0].rating <= RATING_WINDOW:
                for p in group:
                    self._waiting.remove(p)
                ids = [p.player_id for p in group]
                self._rng.shuffle(ids)
                return Match(
                    ticket=secrets.token_urlsafe(16),
                    teams=(ids[:TEAM_SIZE], ids[TEAM_SIZE:]),
                )
        return None
