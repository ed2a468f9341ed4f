"""Generates random-but-reproducible twill and overshot drafts for class exercises."""
from __future__ import annotations

import argparse
import json
import random
from dataclasses import asdict, dataclass


@dataclass
class GeneratedDraft:
    seed: int
    shafts: int
    treadles: int
    threading: list[int]
    tieup: list[list[int]]
    treadling: list[int]


class DraftGenerator:
    """Same seed gives the same draft, so a class can all weave exercise #17."""

    def __init__(self, seed: int, shafts: int = 4, treadles: int = 6) -> None:
        self.seed = seed
        self.shafts = shafts
        self.treadles = treadles
        self._rng = random.Random(seed)

    def _threading(self, ends: int) -> list[int]:
        pattern: list[int] = []
        shaft = 1
        while len(pattern) < ends:
            run = self._rng.randint(2, self.shafts)
            step = self._rng.choice((1, -1))
            for _ in range(run):
                pattern.append(shaft)
                shaft = (shaft - 1 + step) % self.shafts + 1
        return pattern[:ends]

    def _tieup(self) -> list[list[int]]:
        return [
            sorted(self._rng.sample(range(1, self.shafts + 1), k=self.shafts // 2))
            for _ in range(self.treadles)
        ]

    def _treadling(self, picks: int) -> list[int]:
        return [self._rng.randint(1, self.treadles) for _ in range(picks)]

    def generate(self, ends: int = 48, picks: int = 64) -> GeneratedDraft:
        return GeneratedDraft(
            seed=self.seed,
            shafts=self.shafts,
            treadles=self.treadles,
            threading=self._threading(ends),
            tieup=self._tieup(),
            treadling=self._treadling(picks),
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Generate exercise drafts")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--shafts", type=int, default=4)
    parser.add_argument("--treadles", type=int, default=6)
    args = parser.parse_args()
    draft = DraftGenerator(args.seed, args.shafts, args.treadles).generate()
    print(json.dumps(asdict(draft), indent=2))
