"""Attract-loop playlist for idle exhibit kiosks.

When nobody has touched a kiosk for a while it cycles through short clips.
Clips are shuffled so neighbouring kiosks don't show the same thing in sync.
"""
import random
from dataclasses import dataclass
from pathlib import Path

IDLE_AFTER_SECONDS = 90
CLIP_SUFFIXES = {".mp4", ".webm"}


@dataclass
class Clip:
    path: Path
    seconds: float


class AttractLoop:
    def __init__(self, clips: list[Clip], rng: random.Random | None = None):
        if not clips:
            raise ValueError("attract loop needs at least one clip")
        self._clips = list(clips)
        self._rng = rng or random.Random()
        self._queue: list[Clip] = []

    @classmethod
    def from_folder(cls, folder: Path, default_seconds: float = 20.0) -> "AttractLoop":
        clips = [Clip(p, default_seconds) for p in sorted(folder.iterdir()) if p.suffix in CLIP_SUFFIXES]
        return cls(clips)

    def next_clip(self) -> Clip:
        if not self._queue:
            self._queue = self._clips[:]
            self._rng.shuffle(self._queue)
        return self._queue.pop()

    def start_delay(self) -> float:
        # stagger the first clip a little after the kiosk goes idle
        return IDLE_AFTER_SECONDS + self._rng.uniform(0, 15)
