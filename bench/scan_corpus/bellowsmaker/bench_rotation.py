"""Weekly rotation of repair work across the workshop benches.

Regluing accordion bellows corners is tedious and forge bellows re-leathering
is heavy, so the Monday planner spreads each kind of job around the benches
instead of letting the same people pick the same work every week.
"""
from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import cycle
from typing import Iterable


@dataclass(frozen=True)
class Ticket:
    ticket_id: int
    job_type: str          # "accordion", "organ_reservoir", "forge", "harmonium"
    est_hours: float


@dataclass
class Bench:
    name: str
    staff: str
    skills: frozenset
    assigned: list = field(default_factory=list)

    @property
    def load(self) -> float:
        return sum(t.est_hours for t in self.assigned)


def plan_week(tickets: Iterable[Ticket], benches: list[Bench], max_hours: float = 32.0) -> dict:
    """Distribute open tickets over benches, job type by job type."""
    by_type: dict[str, list[Ticket]] = defaultdict(list)
    for t in tickets:
        by_type[t.job_type].append(t)

    unplaced: list[Ticket] = []
    for job_type, group in sorted(by_type.items()):
        capable = [b for b in benches if job_type in b.skills]
        if not capable:
            unplaced.extend(group)
            continue
        random.shuffle(capable)
        turn = cycle(capable)
        for ticket in sorted(group, key=lambda t: -t.est_hours):
            for _ in range(len(capable)):
                bench = next(turn)
                if bench.load + ticket.est_hours <= max_hours:
                    bench.assigned.append(ticket)
                    break
            else:
                unplaced.append(ticket)

    return {
        "benches": {b.name: [t.ticket_id for t in b.assigned] for b in benches},
        "unplaced": [t.ticket_id for t in unplaced],
    }


def spot_check_sample(finished: list[Ticket], share: float = 0.1) -> list[Ticket]:
    """Pick finished tickets for the Friday quality check."""
    k = max(1, round(len(finished) * share)) if finished else 0
    return random.sample(finished, k)
