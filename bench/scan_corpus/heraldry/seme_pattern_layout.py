"""Lays out semé fields (a field strewn with small charges, e.g. "semé of
fleurs-de-lis") for the vector emblazonment generator.

Placement has a little hand-drawn irregularity, but re-rendering the same
commission must give the identical picture, so the jitter is seeded from the
commission and revision numbers.
"""
import math
import random
from dataclasses import dataclass
from typing import Iterator


@dataclass(frozen=True)
class Placement:
    x: float
    y: float
    rotation: float
    scale: float


@dataclass
class SemeSpec:
    commission_id: int
    revision: int
    columns: int = 7
    rows: int = 8
    width: float = 600.0
    height: float = 700.0
    wobble: float = 0.12


def _layout_rng(spec: SemeSpec) -> random.Random:
    return random.Random(spec.commission_id * 1000 + spec.revision)


def _inside_shield(x: float, y: float, w: float, h: float) -> bool:
    """Heater shield: straight chief and flanks, round base."""
    if y < h * 0.55:
        return 0 <= x <= w
    r = w / 2
    return math.hypot(x - r, y - h * 0.55) <= r * 1.05


def placements(spec: SemeSpec) -> Iterator[Placement]:
    rng = _layout_rng(spec)
    dx, dy = spec.width / spec.columns, spec.height / spec.rows
    for row in range(spec.rows + 1):
        offset = dx / 2 if row % 2 else 0.0
        for col in range(spec.columns + 1):
            x = col * dx + offset + rng.uniform(-spec.wobble, spec.wobble) * dx
            y = row * dy + rng.uniform(-spec.wobble, spec.wobble) * dy
            if not _inside_shield(x, y, spec.width, spec.height):
                continue
            yield Placement(x, y, rotation=rng.gauss(0, 3.0), scale=rng.uniform(0.94, 1.04))


def svg_uses(spec: SemeSpec, symbol_id: str = "fleur") -> str:
    return "\n".join(
        f'<use href="#{symbol_id}" transform="translate({p.x:.1f} {p.y:.1f}) '
        f'rotate({p.rotation:.1f}) scale({p.scale:.3f})"/>'
        for p in placements(spec)
    )
