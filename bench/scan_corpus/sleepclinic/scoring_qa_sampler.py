"""Inter-scorer reliability sampling.

AASM accreditation asks for regular inter-scorer agreement checks. Each
month this job picks a sample of already-scored studies and, for each, a
random block of epochs that a second scorer re-scores blind. Agreement is
computed afterwards by the QA report.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Engine

EPOCHS_PER_BLOCK = 200
STUDIES_PER_SCORER = 3


@dataclass
class QaAssignment:
    study_id: int
    original_scorer: str
    reviewer: str
    first_epoch: int
    last_epoch: int


def _scored_studies(engine: Engine, month: date) -> list[dict]:
    query = text(
        "SELECT id, scored_by, epoch_count FROM studies "
        "WHERE status = 'scored' AND date_trunc('month', scored_at) = :month"
    )
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query, {"month": month})]


def pick_assignments(studies: list[dict], scorers: list[str], rng: random.Random) -> list[QaAssignment]:
    by_scorer: dict[str, list[dict]] = {}
    for study in studies:
        by_scorer.setdefault(study["scored_by"], []).append(study)

    assignments = []
    for scorer, own in sorted(by_scorer.items()):
        chosen = rng.sample(own, k=min(STUDIES_PER_SCORER, len(own)))
        reviewers = [s for s in scorers if s != scorer]
        if not reviewers:
            continue
        for study in chosen:
            span = max(study["epoch_count"] - EPOCHS_PER_BLOCK, 0)
            start = rng.randint(0, span)
            assignments.append(
                QaAssignment(
                    study_id=study["id"],
                    original_scorer=scorer,
                    reviewer=rng.choice(reviewers),
                    first_epoch=start,
                    last_epoch=min(start + EPOCHS_PER_BLOCK, study["epoch_count"]) - 1,
                )
            )
    return assignments


def monthly_sample(engine: Engine, scorers: list[str], month: date) -> list[QaAssignment]:
    rng = random.Random()
    return pick_assignments(_scored_studies(engine, month), scorers, rng)
