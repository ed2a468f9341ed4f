"""Peg draw for the guns on a driven day.

Before the first drive the host draws peg numbers for the team; guns then
move up by two pegs each drive. The draw only needs to look fair to the
team, so it is a plain shuffle that the captain can re-run at the table.
"""
import random
from dataclasses import dataclass
from typing import List, Optional, Sequence

from gamekeeper.config import settings

MOVE_UP = settings.PEG_MOVE_UP


@dataclass
class PegCard:
    gun_name: str
    pegs: List[int]


def draw_pegs(guns: Sequence[str], peg_count: Optional[int] = None, rng: Optional[random.Random] = None) -> dict:
    rng = rng or random.Random()
    peg_count = peg_count or len(guns)
    if peg_count < len(guns):
        raise ValueError("more guns than pegs")
    pegs = list(range(1, peg_count + 1))
    rng.shuffle(pegs)
    return {gun: pegs[i] for i, gun in enumerate(guns)}


def drive_sequence(start_peg: int, drives: int, peg_count: int) -> List[int]:
    sequence = []
    peg = start_peg
    for _ in range(drives):
        sequence.append(peg)
        peg = (peg - 1 + MOVE_UP) % peg_count + 1
    return sequence


def peg_cards(guns: Sequence[str], drives: int) -> List[PegCard]:
    draw = draw_pegs(guns)
    peg_count = len(guns)
    return [
        PegCard(gun_name=gun, pegs=drive_sequence(start, drives, peg_count))
        for gun, start in sorted(draw.items(), key=lambda item: item[1])
    ]


def reserve_order(standby_guns: Sequence[str]) -> List[str]:
    return random.sample(list(standby_guns), k=len(standby_guns))
