"""Rotating 'staff picks' carousel on the OPAC home page.

Each branch shows a different selection every day; the choice must be
stable for the whole day so that cached pages and the kiosk screensaver
agree with each other.
"""
import datetime as dt
import random
from dataclasses import dataclass

CAROUSEL_SIZE = 12


@dataclass(frozen=True)
class Pick:
    bib_id: int
    title: str
    cover_url: str | None
    blurb: str


def _daily_rng(branch_code: str, day: dt.date) -> random.Random:
    seed = f"{branch_code}:{day.isoformat()}"
    return random.Random(seed)


def todays_picks(picks: list[Pick], branch_code: str, day: dt.date | None = None) -> list[Pick]:
    day = day or dt.date.today()
    rng = _daily_rng(branch_code, day)
    with_covers = [p for p in picks if p.cover_url]
    without = [p for p in picks if not p.cover_url]
    rng.shuffle(with_covers)
    chosen = with_covers[:CAROUSEL_SIZE]
    if len(chosen) < CAROUSEL_SIZE:
        chosen += rng.sample(without, k=min(len(without), CAROUSEL_SIZE - len(chosen)))
    return chosen
