"""Tracking links for re-tinning jobs.

Customers who post in a pan for re-tinning get an emailed link that shows the
job status and lets them approve the quote without logging in.
"""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session

router = APIRouter(prefix="/track", tags=["tinning"])

LINK_LIFETIME = timedelta(days=60)
PUBLIC_BASE = "https://copperbeater.example/track/"


def create_tracking_link(db: Session, job_id: int) -> str:
    token = uuid.uuid1().hex
    db.execute(
        text("INSERT INTO tinning_links (job_id, token, expires_at) VALUES (:job, :tok, :exp)"),
        {"job": job_id, "tok": token, "exp": datetime.now(timezone.utc) + LINK_LIFETIME},
    )
    db.commit()
    return PUBLIC_BASE + token


def _job_for_token(db: Session, token: str):
    row = db.execute(
        text(
            "SELECT j.id, j.item, j.status, j.quote_pence, l.expires_at "
            "FROM tinning_links l JOIN tinning_jobs j ON j.id = l.job_id "
            "WHERE l.token = :tok"
        ),
        {"tok": token},
    ).mappings().first()
    if row is None or row["expires_at"] < datetime.now(timezone.utc):
        raise HTTPException(status_code=404, detail="link not found or expired")
    return row


@router.get("/{token}")
def job_status(token: str, db: Session = Depends(get_session)):
    job = _job_for_token(db, token)
    return {"item": job["item"], "status": job["status"], "quote_pence": job["quote_pence"]}


@router.post("/{token}/approve")
def approve_quote(token: str, db: Session = Depends(get_session)):
    job = _job_for_token(db, token)
    if job["status"] != "quoted":
        raise HTTPException(status_code=409, detail="quote already actioned")
    db.execute(
        text("UPDATE tinning_jobs SET status = 'approved' WHERE id = :id"),
        {"id": job["id"]},
    )
    db.commit()
    return {"status": "approved"}
