"""Read API behind the city council transparency dashboard.

Council staff sign in through the city's SSO; the gateway forwards the
bearer token and we use the department claim to decide which draft
datasets a staff member may preview before publication.
"""
from datetime import date

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException, Query
from sqlalchemy import select
from sqlalchemy.orm import Session

from dashboard.db import get_session
from dashboard.models import Dataset, SpendingLine

app = FastAPI(title="Transparency Dashboard API")


def current_staff(authorization: str = Header(...)) -> dict:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="missing bearer token")
    try:
        claims = jwt.decode(token, options={"verify_signature": False}, algorithms=["RS256"])
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token")
    if "department" not in claims:
        raise HTTPException(status_code=403, detail="no department claim")
    return claims


@app.get("/datasets")
def list_datasets(db: Session = Depends(get_session)):
    rows = db.scalars(select(Dataset).where(Dataset.published.is_(True))).all()
    return [{"id": d.id, "title": d.title, "updated": d.updated_at} for d in rows]


@app.get("/datasets/drafts")
def list_drafts(staff: dict = Depends(current_staff), db: Session = Depends(get_session)):
    stmt = select(Dataset).where(
        Dataset.published.is_(False), Dataset.department == staff["department"]
    )
    return [{"id": d.id, "title": d.title} for d in db.scalars(stmt).all()]


@app.get("/spending")
def spending(
    department: str,
    start: date = Query(...),
    end: date = Query(...),
    db: Session = Depends(get_session),
):
    stmt = (
        select(SpendingLine)
        .where(SpendingLine.department == department)
        .where(SpendingLine.paid_on.between(start, end))
        .order_by(SpendingLine.paid_on)
    )
    return [
        {"vendor": s.vendor, "amount": float(s.amount), "paid_on": s.paid_on}
        for s in db.scalars(stmt).all()
    ]
