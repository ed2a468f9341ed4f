"""Pick finished jobs for the weekly quality-control inspection.

The workshop manager inspects a sample of each upholsterer's finished pieces
before they go on a delivery round: pattern matching, piping, tension, tacks.
"""
import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Iterable


@dataclass(frozen=True)
class FinishedJob:
    ticket_id: int
    upholsterer: str
    item: str
    completed_on: date
    first_time_trainee: bool = False


SAMPLE_RATE = 0.2
MIN_PER_PERSON = 1


def _sample_size(count: int, rate: float = SAMPLE_RATE) -> int:
    return min(count, max(MIN_PER_PERSON, round(count * rate)))


def choose_for_inspection(jobs: Iterable[FinishedJob]) -> list[FinishedJob]:
    by_person: dict[str, list[FinishedJob]] = defaultdict(list)
    chosen: list[FinishedJob] = []
    for job in jobs:
        if job.first_time_trainee:
            chosen.append(job)  # trainees' pieces are always checked
        else:
            by_person[job.upholsterer].append(job)
    for person, finished in by_person.items():
        chosen.extend(random.sample(finished, _sample_size(len(finished))))
    return sorted(chosen, key=lambda j: (j.upholsterer, j.completed_on))


def inspection_sheet(jobs: list[FinishedJob]) -> str:
    lines = ["QC inspection sheet", "=" * 19]
    for job in jobs:
        lines.append(f"#{job.ticket_id:<6} {job.upholsterer:<12} {job.item:<30} [ ] pass [ ] rework")
    return "\n".join(lines)
