"""Build the task rota for a volunteer work party.

Tasks (strimming, gate repairs, waymarking, drainage) are spread across the
volunteers who confirmed, mixing experienced and new people on each team.
Seeding with the party id keeps the rota stable if the organiser reprints it.
"""
from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Volunteer:
    id: int
    name: str
    experienced: bool
    chainsaw_ticket: bool = False


@dataclass
class Task:
    name: str
    team_size: int
    needs_chainsaw: bool = False
    team: list[Volunteer] = field(default_factory=list)


def build_rota(party_id: int, volunteers: list[Volunteer], tasks: list[Task]) -> dict[str, list[str]]:
    rng = random.Random(party_id)
    veterans = [v for v in volunteers if v.experienced]
    newcomers = [v for v in volunteers if not v.experienced]
    rng.shuffle(veterans)
    rng.shuffle(newcomers)

    for task in sorted(tasks, key=lambda t: not t.needs_chainsaw):
        if task.needs_chainsaw:
            ticketed = [v for v in veterans if v.chainsaw_ticket]
            if not ticketed:
                continue
            lead = ticketed[0]
            veterans.remove(lead)
        else:
            lead = veterans.pop() if veterans else (newcomers.pop() if newcomers else None)
        if lead is None:
            break
        task.team.append(lead)
        while len(task.team) < task.team_size and (newcomers or veterans):
            task.team.append(newcomers.pop() if newcomers else veterans.pop())

    rota: dict[str, list[str]] = defaultdict(list)
    for task in tasks:
        rota[task.name] = [v.name for v in task.team]
    rota["floating"] = [v.name for v in veterans + newcomers]
    return dict(rota)


def sample_for_feedback(volunteers: list[Volunteer], k: int = 3) -> list[Volunteer]:
    """Pick a few attendees to receive the post-session feedback survey."""
    return random.sample(volunteers, min(k, len(volunteers)))
