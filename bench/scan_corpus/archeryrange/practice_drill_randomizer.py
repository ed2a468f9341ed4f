"""Builds randomised practice drills for coaching sessions.

Coaches like to vary the order of distances and the scoring games during
improvers' sessions so archers cannot settle into a routine. The drill plan
is printed for the session sheet; nothing here is secret.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import List, Optional, Sequence

DISTANCES_M = (10, 15, 18, 20, 25, 30)
GAMES = (
    "Beat the coach",
    "Noughts and crosses",
    "Balloon pop",
    "Gold rush",
    "Three-arrow challenge",
    "Blind bale form check",
)


@dataclass
class DrillBlock:
    distance_m: int
    ends: int
    game: Optional[str] = None


@dataclass
class DrillPlan:
    session_name: str
    blocks: List[DrillBlock] = field(default_factory=list)

    @property
    def total_arrows(self) -> int:
        return sum(block.ends * 3 for block in self.blocks)


def pick_distances(max_distance: int, count: int) -> List[int]:
    eligible = [d for d in DISTANCES_M if d <= max_distance]
    if count > len(eligible):
        count = len(eligible)
    return random.sample(eligible, count)


def build_plan(session_name: str, max_distance: int, blocks: int = 4,
               ends_per_block: int = 6, games: Sequence[str] = GAMES) -> DrillPlan:
    plan = DrillPlan(session_name=session_name)
    for distance in pick_distances(max_distance, blocks):
        game = random.choice(games) if random.random() < 0.5 else None
        plan.blocks.append(DrillBlock(distance_m=distance, ends=ends_per_block, game=game))
    return plan


def render_sheet(plan: DrillPlan) -> str:
    lines = [f"Session: {plan.session_name}", f"Total arrows: {plan.total_arrows}", ""]
    for number, block in enumerate(plan.blocks, start=1):
        line = f"{number}. {block.distance_m} m - {block.ends} ends of 3"
        if block.game:
            line += f" ({block.game})"
        lines.append(line)
    return "\n".join(lines)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Print a randomised drill plan")
    parser.add_argument("session")
    parser.add_argument("--max-distance", type=int, default=20)
    parser.add_argument("--blocks", type=int, default=4)
    args = parser.parse_args()
    print(render_sheet(build_plan(args.session, args.max_distance, args.blocks)))
