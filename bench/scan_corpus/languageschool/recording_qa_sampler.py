"""Weekly quality-assurance sampling of lesson recordings.

Academic coordinators review a sample of recorded lessons each week. The
sample must be reproducible so that two coordinators running the report
for the same week see the same lessons.
"""
from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Dict, Iterable, List


@dataclass(frozen=True)
class RecordingRef:
    recording_id: int
    tutor_id: int
    course_code: str
    recorded_on: date


def _week_seed(week_start: date) -> int:
    iso = week_start.isocalendar()
    return iso[0] * 100 + iso[1]


def sample_for_review(
    recordings: Iterable[RecordingRef], week_start: date, per_tutor: int = 2
) -> List[RecordingRef]:
    """Pick up to ``per_tutor`` recordings for each tutor for the given week."""
    by_tutor: Dict[int, List[RecordingRef]] = defaultdict(list)
    for ref in recordings:
        by_tutor[ref.tutor_id].append(ref)
    sampler = random.Random(_week_seed(week_start))
    picked: List[RecordingRef] = []
    for tutor_id in sorted(by_tutor):
        pool = sorted(by_tutor[tutor_id], key=lambda r: r.recording_id)
        picked.extend(sampler.sample(pool, k=min(per_tutor, len(pool))))
    return picked


def review_sheet(sample: List[RecordingRef]) -> str:
    lines = ["recording_id,tutor_id,course,recorded_on"]
    lines += [f"{r.recording_id},{r.tutor_id},{r.course_code},{r.recorded_on}" for r in sample]
    return "\n".join(lines)
