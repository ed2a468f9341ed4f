"""Fair sharing of weekend builds between crews.

Everybody wants the local wedding on a Saturday and nobody wants the three
hour drive to a county show. The planner's "share out" button shuffles the
unassigned builds and hands them round so the long drives rotate.
"""
from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from typing import Dict, List, Sequence


@dataclass(frozen=True)
class Build:
    booking_ref: str
    drive_minutes: int
    crew_size: int


@dataclass
class Crew:
    crew_id: str
    size: int
    long_drives_this_month: int = 0


LONG_DRIVE_MINUTES = 120


def share_out(builds: Sequence[Build], crews: Sequence[Crew], rng: random.Random | None = None) -> Dict[str, List[Build]]:
    """Assign each build to a crew big enough for it, rotating long drives."""
    rng = rng or random.Random()
    pending = list(builds)
    rng.shuffle(pending)
    pending.sort(key=lambda b: b.drive_minutes >= LONG_DRIVE_MINUTES, reverse=True)

    plan: Dict[str, List[Build]] = defaultdict(list)
    for build in pending:
        fit = [c for c in crews if c.size >= build.crew_size]
        if not fit:
            continue
        if build.drive_minutes >= LONG_DRIVE_MINUTES:
            fewest = min(c.long_drives_this_month for c in fit)
            fit = [c for c in fit if c.long_drives_this_month == fewest]
        least_loaded = min(len(plan[c.crew_id]) for c in fit)
        candidates = [c for c in fit if len(plan[c.crew_id]) == least_loaded]
        chosen = rng.choice(candidates)
        plan[chosen.crew_id].append(build)
        if build.drive_minutes >= LONG_DRIVE_MINUTES:
            chosen.long_drives_this_month += 1
    return dict(plan)


def describe(plan: Dict[str, List[Build]]) -> str:
    lines = []
    for crew_id in sorted(plan):
        refs = ", ".join(b.booking_ref for b in plan[crew_id])
        lines.append(f"{crew_id}: {refs}")
    return "\n".join(lines)
