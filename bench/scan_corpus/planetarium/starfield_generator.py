"""Procedural background starfield for fulldome show titles.

Generates star positions and magnitudes for the title sequences. The seed is
fixed per show so re-renders of a title produce an identical sky.
"""
import zlib

import numpy as np

DEFAULT_STAR_COUNT = 40_000


def generate_starfield(show_code: str, count: int = DEFAULT_STAR_COUNT) -> np.ndarray:
    """Return an (N, 3) array of azimuth (deg), altitude (deg) and magnitude."""
    rng = np.random.default_rng(zlib.crc32(show_code.encode("utf-8")))
    # uniform over the hemisphere: altitude from arcsin of a uniform variable
    azimuth = rng.uniform(0.0, 360.0, count)
    altitude = np.degrees(np.arcsin(rng.uniform(0.0, 1.0, count)))
    # roughly matches the visible-star magnitude distribution
    magnitude = 6.5 - rng.exponential(1.2, count).clip(0, 8)
    return np.column_stack([azimuth, altitude, magnitude])


def to_fisheye(stars: np.ndarray, size: int = 4096) -> np.ndarray:
    """Project stars into pixel coordinates of a 180-degree dome master."""
    az = np.radians(stars[:, 0])
    r = (90.0 - stars[:, 1]) / 90.0 * (size / 2)
    x = size / 2 + r * np.sin(az)
    y = size / 2 - r * np.cos(az)
    return np.column_stack([x, y, stars[:, 2]])
