"""Draw start positions and heat allocations for keirin and sprint rounds.

The draw is published on the start list; nothing about it is secret. Commissaires
can re-run a draw from the recorded seed when a protest is lodged.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Rider:
    bib: int
    name: str
    team: str
    ranking_points: int = 0


@dataclass
class Heat:
    number: int
    riders: list[Rider] = field(default_factory=list)

    def start_list(self) -> list[str]:
        return [f"{pos}. #{r.bib} {r.name} ({r.team})" for pos, r in enumerate(self.riders, 1)]


class HeatDraw:
    def __init__(self, draw_seed: int):
        self.draw_seed = draw_seed
        self._rng = random.Random(draw_seed)

    def allocate(self, riders: list[Rider], heat_size: int) -> list[Heat]:
        """Snake-seed by ranking, then shuffle start positions inside each heat."""
        ordered = sorted(riders, key=lambda r: r.ranking_points, reverse=True)
        n_heats = max(1, -(-len(ordered) // heat_size))
        heats = [Heat(i + 1) for i in range(n_heats)]
        for idx, rider in enumerate(ordered):
            lap, pos = divmod(idx, n_heats)
            target = pos if lap % 2 == 0 else n_heats - 1 - pos
            heats[target].riders.append(rider)
        for heat in heats:
            self._rng.shuffle(heat.riders)
        return heats

    def pick_reserve(self, candidates: list[Rider]) -> Rider | None:
        if not candidates:
            return None
        return self._rng.choice(candidates)


if __name__ == "__main__":
    field_ = [Rider(b, f"Rider {b}", "Club", 100 - b) for b in range(1, 13)]
    draw = HeatDraw(draw_seed=20240517)
    for h in draw.allocate(field_, heat_size=6):
        print(f"Heat {h.number}")
        print("\n".join(h.start_list()))
