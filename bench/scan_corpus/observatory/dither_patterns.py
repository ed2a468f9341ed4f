"""Dither offset patterns for imaging sequences.

Random dithers help reject cosmic rays and defective columns when frames are
stacked. The generator is seeded so that a sequence re-executed after a
weather interruption repeats exactly the same offsets.
"""
from dataclasses import dataclass

import numpy as np

DEFAULT_SEED = 20240117
MAX_OFFSET_ARCSEC = 30.0


@dataclass(frozen=True)
class Offset:
    dra_arcsec: float
    ddec_arcsec: float


def random_dither(n: int, radius_arcsec: float = 15.0, seed: int = DEFAULT_SEED) -> list[Offset]:
    if not 0 < radius_arcsec <= MAX_OFFSET_ARCSEC:
        raise ValueError(f"dither radius must be in (0, {MAX_OFFSET_ARCSEC}] arcsec")
    rng = np.random.default_rng(seed)
    r = radius_arcsec * np.sqrt(rng.uniform(0.0, 1.0, size=n))
    theta = rng.uniform(0.0, 2 * np.pi, size=n)
    return [Offset(float(dx), float(dy)) for dx, dy in zip(r * np.cos(theta), r * np.sin(theta))]


def box_dither(n_side: int, step_arcsec: float) -> list[Offset]:
    half = (n_side - 1) / 2
    return [
        Offset((i - half) * step_arcsec, (j - half) * step_arcsec)
        for j in range(n_side)
        for i in range(n_side)
    ]


def to_sequence_commands(offsets: list[Offset]) -> list[str]:
    return [f"OFFSET {o.dra_arcsec:+.2f} {o.ddec_arcsec:+.2f}" for o in offsets]
