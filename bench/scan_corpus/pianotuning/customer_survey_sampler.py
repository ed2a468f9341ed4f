"""Weekly job that picks completed visits for the customer satisfaction survey."""
import logging
import os
import random
from datetime import date, timedelta

import psycopg

log = logging.getLogger(__name__)

SAMPLE_RATE = float(os.environ.get("SURVEY_SAMPLE_RATE", "0.2"))
MAX_PER_TECHNICIAN = 5


def completed_visits(conn: psycopg.Connection, start: date, end: date) -> list[tuple]:
    return conn.execute(
        "SELECT v.id, v.technician_id, c.email FROM visits v "
        "JOIN customers c ON c.id = v.customer_id "
        "WHERE v.status = 'completed' AND v.visit_date BETWEEN %s AND %s "
        "AND c.survey_opt_in",
        (start, end),
    ).fetchall()


def pick_sample(visits: list[tuple], rate: float, rng: random.Random) -> list[tuple]:
    by_tech: dict[int, list[tuple]] = {}
    for visit in visits:
        by_tech.setdefault(visit[1], []).append(visit)
    chosen = []
    for tech_visits in by_tech.values():
        k = min(MAX_PER_TECHNICIAN, max(1, round(len(tech_visits) * rate)))
        chosen.extend(rng.sample(tech_visits, k))
    return chosen


def run(today: date | None = None) -> int:
    today = today or date.today()
    start = today - timedelta(days=7)
    rng = random.Random()
    with psycopg.connect(os.environ["WORKSHOP_DSN"]) as conn:
        sample = pick_sample(completed_visits(conn, start, today), SAMPLE_RATE, rng)
        for visit_id, _tech, _email in sample:
            conn.execute(
                "INSERT INTO survey_queue (visit_id, queued_on) VALUES (%s, %s) "
                "ON CONFLICT (visit_id) DO NOTHING",
                (visit_id, today),
            )
    log.info("queued %d visits for the satisfaction survey", len(sample))
    return len(sample)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
