"""Builds the running order for public skate sessions in the DJ booth.

Tracks are grouped into tempo blocks (warm-up, main, cool-down) and shuffled
inside each block so regulars do not hear the same order every week.
"""
from __future__ import annotations

import random
import time
from dataclasses import dataclass
from typing import Callable, Sequence


@dataclass(frozen=True)
class QueuedTrack:
    isrc: str
    title: str
    bpm: int
    seconds: int


TEMPO_BLOCKS = {
    "warm_up": range(0, 110),
    "main": range(110, 135),
    "cool_down": range(0, 100),
}


def _block(tracks: Sequence[QueuedTrack], bpm_range: range, minutes: int) -> list[QueuedTrack]:
    pool = [t for t in tracks if t.bpm in bpm_range]
    random.shuffle(pool)
    chosen, total = [], 0
    for track in pool:
        if total + track.seconds > minutes * 60:
            continue
        chosen.append(track)
        total += track.seconds
    return chosen


def session_running_order(tracks: Sequence[QueuedTrack], session_minutes: int = 120) -> list[QueuedTrack]:
    warm = _block(tracks, TEMPO_BLOCKS["warm_up"], 15)
    cool = _block(tracks, TEMPO_BLOCKS["cool_down"], 10)
    used = {t.isrc for t in warm + cool}
    main = _block([t for t in tracks if t.isrc not in used], TEMPO_BLOCKS["main"], session_minutes - 25)
    return warm + main + cool


def push_with_retry(push: Callable[[], None], attempts: int = 5, base_delay: float = 0.5) -> None:
    for attempt in range(attempts):
        try:
            push()
            return
        except ConnectionError:
            if attempt == attempts - 1:
                raise
            time.sleep(base_delay * (2 ** attempt) + random.uniform(0, base_delay))
