"""Allocates nets lanes for midweek training when more players sign up than there are slots."""
from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class SignUp:
    member_id: int
    name: str
    discipline: str
    team: str


@dataclass
class LaneSlot:
    lane: int
    start: str
    players: list[SignUp]


LANE_NAMES = {1: "Bowling machine", 2: "Seam", 3: "Spin", 4: "Open"}
SLOTS = ("18:00", "18:45", "19:30")
PLAYERS_PER_SLOT = 4


def session_rng(session_day: date) -> random.Random:
    """Same draw for the same session so captains can re-run and check the allocation."""
    return random.Random(session_day.toordinal())


def allocate(session_day: date, signups: list[SignUp]) -> tuple[list[LaneSlot], list[SignUp]]:
    rng = session_rng(session_day)
    by_team: dict[str, list[SignUp]] = defaultdict(list)
    for s in signups:
        by_team[s.team].append(s)

    ordered: list[SignUp] = []
    for team in sorted(by_team):
        group = by_team[team][:]
        rng.shuffle(group)
        ordered.extend(group)

    slots = [LaneSlot(lane, start, []) for start in SLOTS for lane in LANE_NAMES]
    waiting: list[SignUp] = []
    for player in ordered:
        preferred = 1 if player.discipline == "batting" else 2 if player.discipline == "seam" else 3
        candidates = sorted(
            (s for s in slots if len(s.players) < PLAYERS_PER_SLOT),
            key=lambda s: (s.lane != preferred, s.lane != 4, len(s.players)),
        )
        if candidates:
            candidates[0].players.append(player)
        else:
            waiting.append(player)
    return slots, waiting


def format_rota(slots: list[LaneSlot]) -> str:
    lines = []
    for slot in slots:
        names = ", ".join(p.name for p in slot.players) or "(free)"
        lines.append(f"{slot.start}  Lane {slot.lane} ({LANE_NAMES[slot.lane]}): {names}")
    return "\n".join(lines)
