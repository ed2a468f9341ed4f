"""Weekly hive inspection rota for association apiary volunteers.

Spreads inspection duties across volunteers so the same people do not always
get the early-morning slots, and staggers reminder messages.
"""
import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from celery import shared_task

from apiary.models import Hive, Volunteer
from apiary.notify import send_reminder

SLOTS = ("07:00", "10:00", "14:00", "17:00")
REMINDER_JITTER_SECONDS = (0, 900)


@dataclass
class RotaEntry:
    hive_id: int
    volunteer_id: int
    day: date
    slot: str


def build_rota(week_start: date, hives: list[Hive], volunteers: list[Volunteer]) -> list[RotaEntry]:
    pool = list(volunteers)
    random.shuffle(pool)
    load: dict[int, int] = defaultdict(int)
    rota = []
    for index, hive in enumerate(sorted(hives, key=lambda h: h.apiary_id)):
        volunteer = min(pool, key=lambda v: load[v.id])
        load[volunteer.id] += 1
        rota.append(
            RotaEntry(
                hive_id=hive.id,
                volunteer_id=volunteer.id,
                day=week_start + timedelta(days=index % 6),
                slot=SLOTS[index % len(SLOTS)],
            )
        )
    return rota


@shared_task
def queue_reminders(entries: list[dict]) -> int:
    for entry in entries:
        delay = random.randint(*REMINDER_JITTER_SECONDS)
        send_reminder.apply_async(args=[entry], countdown=delay)
    return len(entries)
