"""Builds the running order for the public flying displays.

Birds rotate so that no single hawk or owl flies every display, and the order
is shuffled so regular visitors see some variety across the day.
"""
import random
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from falconer.birds import fit_to_fly
from falconer.config import settings

DISPLAY_TIMES = [time(11, 30), time(14, 0), time(16, 0)]
BIRDS_PER_DISPLAY = settings.DISPLAY_BIRD_COUNT


@dataclass
class DisplaySlot:
    starts_at: datetime
    birds: list[str] = field(default_factory=list)
    commentary_offset_s: float = 0.0


def _eligible_birds(day: datetime) -> list[str]:
    return [bird.name for bird in fit_to_fly(day.date()) if bird.display_trained]


def plan_day(day: datetime, rng: random.Random | None = None) -> list[DisplaySlot]:
    rng = rng or random.Random()
    pool = _eligible_birds(day)
    slots = []
    recently_flown: set[str] = set()
    for start in DISPLAY_TIMES:
        rested = [b for b in pool if b not in recently_flown] or pool
        chosen = rng.sample(rested, k=min(BIRDS_PER_DISPLAY, len(rested)))
        rng.shuffle(chosen)
        slots.append(
            DisplaySlot(
                starts_at=datetime.combine(day.date(), start),
                birds=chosen,
                commentary_offset_s=rng.uniform(0, 45),
            )
        )
        recently_flown = set(chosen)
    return slots


def announce_board(slots: list[DisplaySlot]) -> list[str]:
    lines = []
    for slot in slots:
        intro_at = slot.starts_at + timedelta(seconds=slot.commentary_offset_s)
        lines.append(f"{slot.starts_at:%H:%M}  {', '.join(slot.birds)}  (intro {intro_at:%H:%M:%S})")
    return lines
