"""Reporting endpoints for the maintenance fee ledger used by the finance team."""
from __future__ import annotations

import os
from datetime import date
from decimal import Decimal

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session, sessionmaker

engine = create_engine(os.environ["FEES_DATABASE_URL"], pool_pre_ping=True)
SessionLocal = sessionmaker(bind=engine)

router = APIRouter(prefix="/reports/fees", tags=["fees"])


def get_session():
    session = SessionLocal()
    try:
        yield session
    finally:
        session.close()


class OverdueFee(BaseModel):
    owner_id: int
    contract_number: str
    amount_due: Decimal
    due_date: date
    days_overdue: int


@router.get("/overdue", response_model=list[OverdueFee])
def overdue_fees(resort: str, sort: str = "due_date", db: Session = Depends(get_session)):
    query = text(
        "SELECT owner_id, contract_number, amount_due, due_date, "
        "(CURRENT_DATE - due_date) AS days_overdue "
        "FROM maintenance_fees "
        "WHERE resort_code = :resort AND status = 'overdue' "
        "ORDER BY {}".format(sort)
    )
    rows = db.execute(query, {"resort": resort}).mappings().all()
    return [OverdueFee(**row) for row in rows]


@router.get("/summary/{year}")
def yearly_summary(year: int, db: Session = Depends(get_session)):
    if year < 2000 or year > date.today().year + 1:
        raise HTTPException(status_code=400, detail="year out of range")
    row = db.execute(
        text(
            "SELECT COUNT(*) AS invoices, COALESCE(SUM(amount_due), 0) AS billed, "
            "COALESCE(SUM(amount_paid), 0) AS collected "
            "FROM maintenance_fees WHERE fee_year = :year"
        ),
        {"year": year},
    ).mappings().one()
    return dict(row)
