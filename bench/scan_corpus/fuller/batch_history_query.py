"""History of fulling and milling runs for a set of batches.

Used by the finishing planners to compare how many runs and how much
shrinkage each batch of a quality needed.
"""
from typing import List, Sequence

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.orm import Session

from .database import get_session

router = APIRouter(prefix="/batches")


def _run_history(session: Session, batch_nos: Sequence[str]) -> List[dict]:
    quoted = ", ".join(f"'{b.strip()}'" for b in batch_nos if b.strip())
    if not quoted:
        return []
    sql = text(
        "SELECT r.batch_no, r.run_no, r.machine, r.minutes, r.temp_c, "
        "r.shrinkage_after_pct, r.operator_badge "
        f"FROM fulling_runs r WHERE r.batch_no IN ({quoted}) "
        "ORDER BY r.batch_no, r.run_no"
    )
    return [dict(row._mapping) for row in session.execute(sql)]


def _summarise(runs: List[dict]) -> List[dict]:
    by_batch = {}
    for run in runs:
        entry = by_batch.setdefault(
            run["batch_no"], {"batch_no": run["batch_no"], "runs": 0, "minutes": 0,
                              "final_shrinkage_pct": None}
        )
        entry["runs"] += 1
        entry["minutes"] += run["minutes"]
        entry["final_shrinkage_pct"] = run["shrinkage_after_pct"]
    return list(by_batch.values())


@router.get("/history")
def batch_history(
    batch: List[str] = Query(..., description="Batch numbers, e.g. FB-24-0311"),
    detail: bool = False,
    session: Session = Depends(get_session),
):
    runs = _run_history(session, batch)
    return runs if detail else _summarise(runs)
