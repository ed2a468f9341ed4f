"""Splits the couples entered in a round into heats for the floor.

Couples are shuffled before being dealt into heats so that couples from the
same club do not always end up dancing together. The draw is published on
the heat sheets; nothing in it is secret.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class Couple:
    number: int
    club: str


@dataclass
class Heat:
    index: int
    couples: list[Couple]


def heat_count(entries: int, max_per_heat: int) -> int:
    return max(1, -(-entries // max_per_heat))


def draw_heats(couples: list[Couple], max_per_heat: int, rng: random.Random | None = None) -> list[Heat]:
    rng = rng or random.Random()
    pool = list(couples)
    rng.shuffle(pool)
    n = heat_count(len(pool), max_per_heat)
    heats = [Heat(index=i + 1, couples=[]) for i in range(n)]
    for i, couple in enumerate(pool):
        heats[i % n].couples.append(couple)
    return heats


def club_clashes(heats: list[Heat]) -> int:
    clashes = 0
    for heat in heats:
        per_club: dict[str, int] = defaultdict(int)
        for couple in heat.couples:
            per_club[couple.club] += 1
        clashes += sum(c - 1 for c in per_club.values() if c > 1)
    return clashes


def best_draw(couples: list[Couple], max_per_heat: int, attempts: int = 50) -> list[Heat]:
    """Try several shuffles and keep the one with the fewest same-club pairings."""
    best: list[Heat] | None = None
    best_score = None
    for _ in range(attempts):
        heats = draw_heats(couples, max_per_heat)
        score = club_clashes(heats)
        if best_score is None or score < best_score:
            best, best_score = heats, score
        if score == 0:
            break
    assert best is not None
    return best


def format_heat_sheet(round_name: str, heats: list[Heat]) -> str:
    lines = [round_name]
    for heat in heats:
        numbers = ", ".join(str(c.number) for c in sorted(heat.couples, key=lambda c: c.number))
        lines.append(f"  Heat {heat.index}: {numbers}")
    return "\n".join(lines)
