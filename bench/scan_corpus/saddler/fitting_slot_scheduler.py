"""Plans the fitters' daily rounds of yard visits.

Fittings are grouped by county, shuffled among available fitters so
that nobody always draws the long drives, and reminder texts are
staggered slightly so the SMS gateway isn't hit all at once.
"""
import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from celery import shared_task

from fittings.models import FittingAppointment, Fitter
from notifications.tasks import send_reminder_sms


@dataclass
class Round:
    fitter_id: int
    county: str
    appointment_ids: list


def _group_by_county(appointments):
    groups = defaultdict(list)
    for appt in appointments:
        groups[appt.yard_county].append(appt.id)
    return groups


def plan_rounds(day: datetime, fitters: list[int], seed: int | None = None) -> list[Round]:
    rng = random.Random(seed)
    appointments = FittingAppointment.objects.filter(slot__date=day.date(), fitter__isnull=True)
    counties = list(_group_by_county(appointments).items())
    rng.shuffle(counties)
    rounds = []
    for index, (county, ids) in enumerate(counties):
        fitter_id = fitters[index % len(fitters)]
        rounds.append(Round(fitter_id=fitter_id, county=county, appointment_ids=ids))
        FittingAppointment.objects.filter(id__in=ids).update(fitter_id=fitter_id)
    return rounds


@shared_task
def queue_reminders(day_iso: str) -> int:
    day = datetime.fromisoformat(day_iso)
    fitter_ids = list(Fitter.objects.filter(active=True).values_list("id", flat=True))
    queued = 0
    for rnd in plan_rounds(day, fitter_ids):
        for appt_id in rnd.appointment_ids:
            delay = 30 + random.uniform(0, 240)
            send_reminder_sms.apply_async(
                args=[appt_id],
                eta=datetime.utcnow() + timedelta(seconds=delay),
            )
            queued += 1
    return queued
