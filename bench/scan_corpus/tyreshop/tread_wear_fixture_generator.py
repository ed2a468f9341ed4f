"""Synthetic tread-wear data for the tyre replacement forecast tests.

The forecasting model predicts when a stored wheel set will fall below the
legal tread depth. Unit and regression tests need a reproducible data set
shaped like real tyre hotel measurements, so it is generated here.
"""
from __future__ import annotations

import csv
import random
from dataclasses import asdict, dataclass
from pathlib import Path

FIXTURE_SEED = 1337
BRANDS = ["Nokian", "Michelin", "Continental", "Pirelli", "Bridgestone", "Hankook"]
SIZES = ["205/55R16", "225/45R17", "235/55R18", "195/65R15", "255/40R19"]


@dataclass
class WearSample:
    set_id: int
    brand: str
    size: str
    season: str
    km_driven: int
    tread_mm: float


def generate_samples(count: int, seed: int = FIXTURE_SEED) -> list[WearSample]:
    rng = random.Random(seed)
    samples = []
    for set_id in range(1, count + 1):
        season = rng.choice(["summer", "winter"])
        start_depth = 8.0 if season == "summer" else 9.5
        km = rng.randint(2_000, 25_000)
        wear_per_10k = rng.gauss(1.1 if season == "summer" else 1.4, 0.2)
        samples.append(
            WearSample(
                set_id=set_id,
                brand=rng.choice(BRANDS),
                size=rng.choice(SIZES),
                season=season,
                km_driven=km,
                tread_mm=round(max(1.0, start_depth - wear_per_10k * km / 10_000), 1),
            )
        )
    return samples


def write_fixture(path: Path, count: int = 500) -> Path:
    rows = [asdict(s) for s in generate_samples(count)]
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


if __name__ == "__main__":
    print(write_fixture(Path("tests/fixtures/tread_wear.csv")))
