"""Public, read-only API for the council spending explorer.

The data is published under an open licence and is meant to be embedded by
anyone (local papers, civic hackers, researchers), so browser access is
open to all origins. The API is anonymous: no cookies, no auth headers.
"""
from datetime import date

from fastapi import Depends, FastAPI, Query
from fastapi.middleware.cors import CORSMiddleware
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from spending.db import get_session
from spending.models import Payment

app = FastAPI(title="Council Spending API", docs_url="/docs")

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Accept", "Content-Type"],
    max_age=86400,
)


@app.get("/v1/payments")
def payments(
    supplier: str | None = None,
    start: date | None = None,
    end: date | None = None,
    limit: int = Query(100, le=1000),
    db: Session = Depends(get_session),
):
    stmt = select(Payment).order_by(Payment.paid_on.desc()).limit(limit)
    if supplier:
        stmt = stmt.where(Payment.supplier_name.ilike(f"%{supplier}%"))
    if start:
        stmt = stmt.where(Payment.paid_on >= start)
    if end:
        stmt = stmt.where(Payment.paid_on <= end)
    return [
        {"supplier": p.supplier_name, "amount": str(p.amount), "paid_on": p.paid_on, "service": p.service_area}
        for p in db.scalars(stmt)
    ]


@app.get("/v1/totals/by-service")
def totals_by_service(year: int, db: Session = Depends(get_session)):
    stmt = (
        select(Payment.service_area, func.sum(Payment.amount))
        .where(func.extract("year", Payment.paid_on) == year)
        .group_by(Payment.service_area)
    )
    return {service: str(total) for service, total in db.execute(stmt)}
