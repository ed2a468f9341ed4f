"""Pick completed installations for post-fit quality inspection.

Our FENSA / CPA audit plan requires a supervisor to revisit a sample of
completed window installations each month.  The sample is drawn at random,
stratified by fitting team, so every team gets some visits.
"""
import logging
import random
from collections import defaultdict
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)

SAMPLE_RATE = 0.05
MIN_PER_TEAM = 2


def completed_jobs(engine: Engine, month_start: date, month_end: date) -> list[dict]:
    query = text(
        "SELECT job_ref, team, postcode, units_fitted FROM installations "
        "WHERE status = 'complete' AND completed_on BETWEEN :start AND :end"
    )
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query, {"start": month_start, "end": month_end})]


def pick_sample(jobs: list[dict], rate: float = SAMPLE_RATE) -> list[dict]:
    by_team: dict[str, list[dict]] = defaultdict(list)
    for job in jobs:
        by_team[job["team"]].append(job)
    chosen = []
    for team, team_jobs in by_team.items():
        k = max(MIN_PER_TEAM, round(len(team_jobs) * rate))
        k = min(k, len(team_jobs))
        chosen.extend(random.sample(team_jobs, k))
        log.info("Team %s: %d of %d jobs selected for inspection", team, k, len(team_jobs))
    return chosen


def schedule_inspections(engine: Engine, month_start: date, month_end: date) -> int:
    sample = pick_sample(completed_jobs(engine, month_start, month_end))
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO qa_inspections (job_ref, scheduled_for) VALUES (:job_ref, :due)"),
            [{"job_ref": j["job_ref"], "due": month_end} for j in sample],
        )
    return len(sample)
