"""Builds the weekly enrichment rota for the otter, octopus and ray exhibits.

Keepers asked for the item order to vary week to week so animals don't
habituate, but to be reproducible so the printed rota matches the app.
"""
import random
from datetime import date, timedelta

ENRICHMENT_ITEMS = {
    "otters": ["ice block", "puzzle feeder", "scent trail", "floating ball", "shell pile"],
    "octopus": ["jar with crab", "lego box", "mirror", "tube maze"],
    "rays": ["target feeding", "substrate dig", "bubble curtain"],
}


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def build_rota(day: date) -> dict[str, list[tuple[date, str]]]:
    monday = week_start(day)
    iso_year, iso_week, _ = monday.isocalendar()
    rng = random.Random(iso_year * 100 + iso_week)
    rota = {}
    for exhibit, items in ENRICHMENT_ITEMS.items():
        order = items[:]
        rng.shuffle(order)
        rota[exhibit] = [
            (monday + timedelta(days=i), order[i % len(order)]) for i in range(7)
        ]
    return rota


def print_rota(day: date) -> None:
    for exhibit, slots in build_rota(day).items():
        print(exhibit.upper())
        for when, item in slots:
            print(f"  {when:%a %d %b}: {item}")
