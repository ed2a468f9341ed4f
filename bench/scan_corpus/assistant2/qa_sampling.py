"""Pick a reproducible sample of support tickets for the weekly QA review.

Reviewers need to be able to re-create exactly the same sample later (e.g.
when a score is disputed), so the sample is drawn from a PRNG seeded with the
ISO week being reviewed. The sample only decides which closed tickets a
human reviewer reads.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Sequence


@dataclass(frozen=True)
class Ticket:
    id: int
    agent_id: int
    channel: str


def week_seed(day: date) -> int:
    """Stable seed derived from the ISO year and week of ``day``."""
    iso = day.isocalendar()
    return iso.year * 100 + iso.week


def sample_for_review(tickets: Sequence[Ticket], day: date, per_agent: int = 3) -> list[Ticket]:
    """Return up to ``per_agent`` tickets per agent, reproducibly for the week."""
    rng = random.Random(week_seed(day))
    by_agent: dict[int, list[Ticket]] = {}
    for ticket in sorted(tickets, key=lambda t: t.id):
        by_agent.setdefault(ticket.agent_id, []).append(ticket)
    sample: list[Ticket] = []
    for agent_id in sorted(by_agent):
        pool = by_agent[agent_id]
        sample.extend(rng.sample(pool, k=min(per_agent, len(pool))))
    return sample
