"""Admin report of subscription cancellations by plan and stated reason."""

from __future__ import annotations

import os
from datetime import date
from typing import Optional

from fastapi import Depends, FastAPI, Query
from sqlalchemy import String, bindparam, create_engine, text

from .auth import require_admin

engine = create_engine(os.environ["SUBSCRIPTIONS_DATABASE_URL"], pool_pre_ping=True)
app = FastAPI(title="Subscription churn")

_CHURN_SQL = text(
    "SELECT plan, cancel_reason, count(*) AS cancelled "
    "FROM subscriptions "
    "WHERE cancelled_on >= :start AND cancelled_on < :end "
    "AND (:plan IS NULL OR plan = :plan) "
    "GROUP BY plan, cancel_reason ORDER BY cancelled DESC"
).bindparams(bindparam("plan", type_=String))


@app.get("/reports/churn")
def churn_report(
    start: date = Query(...),
    end: date = Query(...),
    plan: Optional[str] = Query(None, max_length=32),
    _admin=Depends(require_admin),
) -> dict:
    with engine.connect() as conn:
        rows = conn.execute(_CHURN_SQL, {"start": start, "end": end, "plan": plan}).all()
    total = sum(r.cancelled for r in rows)
    return {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "total": total,
        "by_reason": [
            {"plan": r.plan, "reason": r.cancel_reason or "unspecified", "count": r.cancelled}
            for r in rows
        ],
    }


@app.get("/reports/active")
def active_counts(_admin=Depends(require_admin)) -> dict:
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT plan, count(*) AS active FROM subscriptions "
                "WHERE cancelled_on IS NULL GROUP BY plan ORDER BY plan"
            )
        ).all()
    return {r.plan: r.active for r in rows}
