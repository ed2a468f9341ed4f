"""Draws lanes for heats and builds the progression into finals."""

import random
from dataclasses import dataclass, field
from itertools import islice

LANES_PER_RACE = 6
CENTRE_OUT = [3, 4, 2, 5, 1, 6]


@dataclass
class Crew:
    entry_id: int
    name: str
    club: str
    seed: int | None = None


@dataclass
class Race:
    label: str
    lanes: dict[int, Crew] = field(default_factory=dict)


def _chunks(items, size):
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def draw_heats(event_code: str, crews: list[Crew]) -> list[Race]:
    """Seeded crews are spread across heats; the rest are drawn at random."""
    seeded = sorted((c for c in crews if c.seed is not None), key=lambda c: c.seed)
    unseeded = [c for c in crews if c.seed is None]
    random.shuffle(unseeded)
    heat_count = max(1, -(-len(crews) // LANES_PER_RACE))
    heats = [Race(label=f"{event_code} Heat {i + 1}") for i in range(heat_count)]
    buckets: list[list[Crew]] = [[] for _ in heats]
    for index, crew in enumerate(seeded):
        buckets[index % heat_count].append(crew)
    for crew in unseeded:
        min(buckets, key=len).append(crew)
    for race, bucket in zip(heats, buckets):
        for lane, crew in zip(CENTRE_OUT, bucket):
            race.lanes[lane] = crew
    return heats


def final_from_times(event_code: str, heat_results: list[tuple[Crew, int]]) -> Race:
    """Fastest six across all heats go to the final, fastest in the centre lanes."""
    qualifiers = [crew for crew, _ in sorted(heat_results, key=lambda r: r[1])[:LANES_PER_RACE]]
    final = Race(label=f"{event_code} Final")
    for lane, crew in zip(CENTRE_OUT, qualifiers):
        final.lanes[lane] = crew
    return final


def race_card(races: list[Race]) -> str:
    lines = []
    for race in races:
        lines.append(race.label)
        for lane in sorted(race.lanes):
            crew = race.lanes[lane]
            lines.append(f"  Lane {lane}: {crew.name} ({crew.club})")
    return "\n".join(lines)
