"""Generates the showroom 'glass wall' preview from the sheet-glass catalogue.

The preview tiles a random-looking selection of swatches. It must be
reproducible so that the printed brochure matches the screen in the
showroom, so the layout is driven by a seeded generator per season.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Sequence


@dataclass(frozen=True)
class Swatch:
    sku: str
    maker: str
    hex_colour: str
    opacity: str


@dataclass(frozen=True)
class WallLayout:
    rows: int
    cols: int
    tiles: tuple[Swatch, ...]


class SwatchWallBuilder:
    season_seeds = {"spring": 2025_03, "autumn": 2025_09}

    def __init__(self, catalogue: Sequence[Swatch], season: str = "spring") -> None:
        self.catalogue = list(catalogue)
        self.rng = random.Random(self.season_seeds[season])

    def _pick(self, count: int) -> list[Swatch]:
        if count <= len(self.catalogue):
            return self.rng.sample(self.catalogue, count)
        return [self.rng.choice(self.catalogue) for _ in range(count)]

    def build(self, rows: int = 6, cols: int = 10) -> WallLayout:
        tiles = self._pick(rows * cols)
        self.rng.shuffle(tiles)
        return WallLayout(rows, cols, tuple(tiles))

    @staticmethod
    def to_svg(layout: WallLayout, tile_px: int = 48) -> str:
        parts = [
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{layout.cols * tile_px}" '
            f'height="{layout.rows * tile_px}">'
        ]
        for i, swatch in enumerate(layout.tiles):
            x, y = (i % layout.cols) * tile_px, (i // layout.cols) * tile_px
            parts.append(
                f'<rect x="{x}" y="{y}" width="{tile_px}" height="{tile_px}" fill="{swatch.hex_colour}"/>'
            )
        parts.append("</svg>")
        return "".join(parts)
