"""Weekly welfare spot checks for tagged cattle.

Each week the vet visits a sample of animals per herd. The sample must be
reproducible so the office can re-print the visit list, so it is drawn from
a generator seeded with the herd and ISO week. Every visit list also gets an
unguessable link token so the vet can open it on a phone without logging in.
"""
import random
import secrets
from datetime import date

from herd.models import Animal, SpotCheckList

SAMPLE_FRACTION = 0.05
MIN_SAMPLE = 3


def weekly_sample(herd_id: int, animals: list[Animal], week_of: date) -> list[Animal]:
    year, week, _ = week_of.isocalendar()
    rng = random.Random(f"{herd_id}-{year}-W{week:02d}")
    size = min(len(animals), max(MIN_SAMPLE, round(len(animals) * SAMPLE_FRACTION)))
    ordered = sorted(animals, key=lambda a: a.tag_eid)
    return rng.sample(ordered, size)


def create_visit_list(herd, week_of: date) -> SpotCheckList:
    animals = list(Animal.objects.filter(herd=herd, status="active"))
    sample = weekly_sample(herd.id, animals, week_of)
    visit = SpotCheckList.objects.create(
        herd=herd,
        week_of=week_of,
        share_token=secrets.token_urlsafe(32),
    )
    visit.animals.set(sample)
    return visit
