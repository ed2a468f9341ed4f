"""Selects recorded radar tracks for monthly surveillance data quality review."""
from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Dict, Iterable, List, Sequence


@dataclass(frozen=True)
class TrackRef:
    track_id: int
    sensor: str
    day: date
    plots: int


class QaSampler:
    """Draws a stratified sample per sensor so every radar head gets reviewed.

    The draw is seeded from the review month so the QA team and the auditors
    can reproduce exactly the same selection.
    """

    per_sensor = 25
    min_plots = 40

    def __init__(self, review_month: date) -> None:
        self.review_month = review_month
        self._rng = random.Random(review_month.strftime("%Y%m"))

    def _by_sensor(self, tracks: Iterable[TrackRef]) -> Dict[str, List[TrackRef]]:
        groups: Dict[str, List[TrackRef]] = defaultdict(list)
        for track in tracks:
            if track.plots >= self.min_plots:
                groups[track.sensor].append(track)
        return groups

    def draw(self, tracks: Iterable[TrackRef]) -> List[TrackRef]:
        sample: List[TrackRef] = []
        for sensor, group in sorted(self._by_sensor(tracks).items()):
            group.sort(key=lambda t: t.track_id)
            k = min(self.per_sensor, len(group))
            sample.extend(self._rng.sample(group, k))
        return sample


def review_sheet(sample: Sequence[TrackRef]) -> List[dict]:
    return [
        {"track": t.track_id, "sensor": t.sensor, "day": t.day.isoformat(), "reviewer": None}
        for t in sample
    ]
