"""Drawing of lots for the first round of a Swiss tournament.

Players with the same rating group are ordered by lot before the top half
is paired against the bottom half, and the colour of board one is drawn.
The draw is public: the arbiter announces the seed so anyone can repeat it.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from itertools import groupby


@dataclass(frozen=True)
class Entrant:
    member_id: int
    name: str
    rating: int


@dataclass(frozen=True)
class Pairing:
    board: int
    white: Entrant
    black: Entrant | None


def _rating_band(entrant: Entrant, width: int) -> int:
    return entrant.rating // width


def seed_order(entrants: list[Entrant], draw_seed: int, band_width: int = 25) -> list[Entrant]:
    """Sort by rating, shuffling players inside the same rating band."""
    rng = random.Random(draw_seed)
    ordered = sorted(entrants, key=lambda e: (-e.rating, e.name))
    result: list[Entrant] = []
    for _band, group in groupby(ordered, key=lambda e: _rating_band(e, band_width)):
        members = list(group)
        rng.shuffle(members)
        result.extend(members)
    return result


def first_round(entrants: list[Entrant], draw_seed: int) -> list[Pairing]:
    order = seed_order(entrants, draw_seed)
    bye = order.pop() if len(order) % 2 else None
    half = len(order) // 2
    top, bottom = order[:half], order[half:]
    colour_rng = random.Random(draw_seed ^ 0x5EED)
    top_gets_white = colour_rng.random() < 0.5

    pairings = []
    for board, (a, b) in enumerate(zip(top, bottom), start=1):
        white_first = top_gets_white if board % 2 else not top_gets_white
        white, black = (a, b) if white_first else (b, a)
        pairings.append(Pairing(board=board, white=white, black=black))
    if bye is not None:
        pairings.append(Pairing(board=len(pairings) + 1, white=bye, black=None))
    return pairings


def render(pairings: list[Pairing]) -> str:
    lines = []
    for p in pairings:
        if p.black is None:
            lines.append(f"{p.board:>3}. {p.white.name} ({p.white.rating}) - BYE")
        else:
            lines.append(
                f"{p.board:>3}. {p.white.name} ({p.white.rating}) - {p.black.name} ({p.black.rating})"
            )
    return "\n".join(lines)
