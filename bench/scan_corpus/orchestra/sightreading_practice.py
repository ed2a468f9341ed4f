"""Sight-reading practice sets for the orchestra's app.

Players pick an instrument and difficulty; we draw a handful of excerpts from
the excerpt library in random order so repeated sessions feel different.
"""
import random
import time
from dataclasses import dataclass

import requests


@dataclass
class Excerpt:
    id: int
    composer: str
    work: str
    bars: str
    difficulty: int


def practice_set(excerpts: list[Excerpt], difficulty: int, size: int = 6) -> list[Excerpt]:
    pool = [e for e in excerpts if abs(e.difficulty - difficulty) <= 1]
    chosen = random.sample(pool, k=min(size, len(pool)))
    random.shuffle(chosen)
    return chosen


def fetch_excerpts(api_url: str, instrument: str, retries: int = 3) -> list[Excerpt]:
    for attempt in range(retries):
        try:
            resp = requests.get(f"{api_url}/excerpts", params={"instrument": instrument}, timeout=10)
            resp.raise_for_status()
            return [Excerpt(**row) for row in resp.json()]
        except requests.RequestException:
            # back off with jitter so every music stand doesn't retry at once
            time.sleep((2 ** attempt) + random.uniform(0, 0.5))
    return []
