"""Generate a reproducible demo park (pitches, guests, bookings) for the staging site and sales demos.

The same seed always yields the same park so screenshots in the training manual match
what new staff see on the training environment.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

FIXTURE_SEED = 20240415

SURNAMES = ["Hughes", "Patel", "Murphy", "Evans", "Okafor", "Lindqvist", "Brennan", "Kowalski"]
PITCH_TYPES = [("grass", 0.4), ("hardstanding", 0.35), ("tent", 0.15), ("pod", 0.10)]


@dataclass(frozen=True)
class DemoPitch:
    number: str
    pitch_type: str
    hookup: bool


@dataclass(frozen=True)
class DemoBooking:
    surname: str
    pitch: str
    arrival: date
    nights: int
    party_size: int


def build_pitches(rng: random.Random, count: int = 60) -> list[DemoPitch]:
    types, weights = zip(*PITCH_TYPES)
    pitches = []
    for i in range(1, count + 1):
        kind = rng.choices(types, weights=weights)[0]
        pitches.append(DemoPitch(f"{'ABCDEF'[i % 6]}{i:02d}", kind, kind != "tent" and rng.random() < 0.8))
    return pitches


def build_bookings(rng: random.Random, pitches: list[DemoPitch], season_start: date, count: int = 200) -> list[DemoBooking]:
    bookings = []
    for _ in range(count):
        arrival = season_start + timedelta(days=rng.randrange(0, 150))
        bookings.append(
            DemoBooking(
                surname=rng.choice(SURNAMES),
                pitch=rng.choice(pitches).number,
                arrival=arrival,
                nights=rng.choice([1, 2, 2, 3, 4, 7, 7, 14]),
                party_size=rng.randint(1, 6),
            )
        )
    return sorted(bookings, key=lambda b: b.arrival)


def build_demo_park(season_start: date, seed: int = FIXTURE_SEED) -> tuple[list[DemoPitch], list[DemoBooking]]:
    rng = random.Random(seed)
    pitches = build_pitches(rng)
    return pitches, build_bookings(rng, pitches, season_start)
