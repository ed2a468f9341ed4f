"""Generates reproducible synthetic dial sites for the hour-line regression tests."""

from __future__ import annotations

import csv
import math
import random
import sys
from dataclasses import astuple, dataclass, fields

FIXTURE_SEED = 1729


@dataclass
class SiteFixture:
    label: str
    latitude: float
    longitude: float
    declination_deg: float
    noon_to_3pm_angle: float


def horizontal_angle(latitude: float, hours_from_noon: float) -> float:
    t = math.radians(15.0 * hours_from_noon)
    return math.degrees(math.atan(math.sin(math.radians(latitude)) * math.tan(t)))


def generate(count: int, seed: int = FIXTURE_SEED) -> list[SiteFixture]:
    """Same seed, same sites: the expected angles are committed next to the tests."""
    rng = random.Random(seed)
    sites = []
    for i in range(count):
        lat = round(rng.uniform(-60.0, 60.0), 4)
        lon = round(rng.uniform(-180.0, 180.0), 4)
        decl = round(rng.choice([0.0, rng.uniform(-45.0, 45.0)]), 2)
        sites.append(SiteFixture(
            label=f"site-{i:03d}",
            latitude=lat,
            longitude=lon,
            declination_deg=decl,
            noon_to_3pm_angle=round(horizontal_angle(lat, 3.0), 6),
        ))
    return sites


def write_csv(sites: list[SiteFixture], out) -> None:
    writer = csv.writer(out)
    writer.writerow([f.name for f in fields(SiteFixture)])
    for site in sites:
        writer.writerow(astuple(site))


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    write_csv(generate(n), sys.stdout)
