"""Picks a sample of recent tuning visits for the monthly satisfaction survey."""
import random
from datetime import date, timedelta

import click
from sqlalchemy import select

from pianotuner.db import SessionLocal
from pianotuner.models import Appointment, SurveyInvite
from pianotuner.mailer import send_survey_invite

DEFAULT_SAMPLE = 40


def recent_visits(session, days: int):
    since = date.today() - timedelta(days=days)
    stmt = select(Appointment).where(
        Appointment.completed_on >= since,
        Appointment.status == "completed",
    )
    return session.scalars(stmt).all()


def choose(visits, size: int, rng: random.Random):
    by_tech = {}
    for visit in visits:
        by_tech.setdefault(visit.technician_id, []).append(visit)
    picked = []
    per_tech = max(1, size // max(1, len(by_tech)))
    for tech_visits in by_tech.values():
        picked.extend(rng.sample(tech_visits, min(per_tech, len(tech_visits))))
    rng.shuffle(picked)
    return picked[:size]


@click.command()
@click.option("--days", default=30, show_default=True)
@click.option("--size", default=DEFAULT_SAMPLE, show_default=True)
@click.option("--dry-run", is_flag=True)
def main(days: int, size: int, dry_run: bool):
    rng = random.Random()
    with SessionLocal() as session:
        sample = choose(recent_visits(session, days), size, rng)
        for visit in sample:
            click.echo(f"{visit.id}\t{visit.customer.email}\t{visit.technician.display_name}")
            if not dry_run:
                session.add(SurveyInvite(appointment_id=visit.id))
                send_survey_invite(visit)
        session.commit()


if __name__ == "__main__":
    main()
