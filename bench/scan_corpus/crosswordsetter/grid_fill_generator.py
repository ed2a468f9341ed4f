"""Suggest fills for a partly built grid.

The setter's workbench offers a "fill the rest" button. The generator walks
open slots and tries words from the setter's word list. Runs are seeded so
that a setter can ask for "the same fill again" or step to the next variant,
and the seed is stored with the draft.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Slot:
    cells: list[tuple[int, int]]

    def pattern(self, grid: dict[tuple[int, int], str]) -> str:
        return "".join(grid.get(c, "?") for c in self.cells)


@dataclass
class FillRequest:
    slots: list[Slot]
    grid: dict[tuple[int, int], str]
    seed: int = 0
    max_steps: int = 20_000


@dataclass
class FillResult:
    grid: dict[tuple[int, int], str]
    seed: int
    complete: bool
    used: list[str] = field(default_factory=list)


def _matches(word: str, pattern: str) -> bool:
    return len(word) == len(pattern) and all(p in ("?", w) for w, p in zip(word, pattern))


class GridFiller:
    def __init__(self, words: list[str]) -> None:
        self._by_len: dict[int, list[str]] = {}
        for w in {w.upper() for w in words if w.isalpha()}:
            self._by_len.setdefault(len(w), []).append(w)

    def fill(self, req: FillRequest) -> FillResult:
        rng = random.Random(req.seed)
        grid = dict(req.grid)
        used: list[str] = []
        steps = 0
        for slot in sorted(req.slots, key=lambda s: -len(s.cells)):
            pattern = slot.pattern(grid)
            if "?" not in pattern:
                continue
            candidates = [w for w in self._by_len.get(len(pattern), []) if _matches(w, pattern)]
            rng.shuffle(candidates)
            choice = next((w for w in candidates if w not in used), None)
            steps += len(candidates)
            if choice is None or steps > req.max_steps:
                return FillResult(grid=grid, seed=req.seed, complete=False, used=used)
            for cell, letter in zip(slot.cells, choice):
                grid[cell] = letter
            used.append(choice)
        return FillResult(grid=grid, seed=req.seed, complete=True, used=used)
