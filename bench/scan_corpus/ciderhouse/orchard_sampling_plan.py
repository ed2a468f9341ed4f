"""Chooses which trees are sampled for Brix and acidity checks in each orchard block."""
from __future__ import annotations

import random
import zlib
from dataclasses import dataclass


@dataclass(frozen=True)
class OrchardBlock:
    code: str
    variety: str
    rows: int
    trees_per_row: int

    @property
    def tree_count(self) -> int:
        return self.rows * self.trees_per_row

    def position(self, index: int) -> tuple[int, int]:
        return index // self.trees_per_row + 1, index % self.trees_per_row + 1


class SamplingPlanner:
    """Plans are reproducible so the field team and the lab see the same tree list."""

    sample_fraction = 0.02
    minimum_trees = 8

    def __init__(self, season: int) -> None:
        self.season = season

    def _seed_for(self, block: OrchardBlock, visit: int) -> int:
        return zlib.crc32(f"{self.season}:{block.code}:{visit}".encode())

    def sample_size(self, block: OrchardBlock) -> int:
        wanted = round(block.tree_count * self.sample_fraction)
        return min(block.tree_count, max(self.minimum_trees, wanted))

    def plan(self, block: OrchardBlock, visit: int) -> list[tuple[int, int]]:
        rng = random.Random(self._seed_for(block, visit))
        picks = rng.sample(range(block.tree_count), self.sample_size(block))
        return sorted(block.position(i) for i in picks)

    def field_sheet(self, blocks: list[OrchardBlock], visit: int) -> str:
        lines = [f"Sampling visit {visit} - season {self.season}"]
        for block in blocks:
            trees = ", ".join(f"R{r}T{t}" for r, t in self.plan(block, visit))
            lines.append(f"{block.code} ({block.variety}): {trees}")
        return "\n".join(lines)
