"""Song queue for a room jukebox, including shuffle play and filler tracks.

When nobody has queued a song the jukebox plays filler from the venue's
house playlist in a shuffled order; catalogue fetches back off with jitter.
"""
from __future__ import annotations

import random
import time
from collections import deque
from dataclasses import dataclass, field

import requests


@dataclass
class QueuedSong:
    song_id: int
    title: str
    singer: str | None = None


@dataclass
class RoomQueue:
    room_id: int
    requested: deque[QueuedSong] = field(default_factory=deque)
    filler: list[QueuedSong] = field(default_factory=list)
    _rng: random.Random = field(default_factory=random.Random, repr=False)

    def add(self, song: QueuedSong) -> int:
        self.requested.append(song)
        return len(self.requested)

    def reshuffle_filler(self) -> None:
        self._rng.shuffle(self.filler)

    def next_song(self) -> QueuedSong | None:
        if self.requested:
            return self.requested.popleft()
        if not self.filler:
            return None
        song = self.filler.pop(0)
        self.filler.append(song)
        return song


def fetch_house_playlist(api_url: str, venue_code: str, attempts: int = 5) -> list[QueuedSong]:
    delay = 0.5
    for attempt in range(attempts):
        try:
            resp = requests.get(f"{api_url}/venues/{venue_code}/house-playlist", timeout=10)
            resp.raise_for_status()
            return [QueuedSong(s["song_id"], s["title"]) for s in resp.json()["songs"]]
        except requests.RequestException:
            if attempt == attempts - 1:
                raise
            time.sleep(delay + random.uniform(0, delay))
            delay *= 2
    return []
