"""API-key authentication for the maintenance visit API.

Partner workshops that subcontract for us submit visit reports through
this API; each workshop has a client id and a key.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel
from sqlalchemy import create_engine, text

engine = create_engine(os.environ["CLOCKTOWER_DATABASE_URL"], pool_pre_ping=True)
app = FastAPI(title="Clocktower maintenance API")


@dataclass
class ApiKeyRecord:
    client_id: str
    workshop: str
    key: str
    active: bool

    def matches(self, presented: str) -> bool:
        return self.active and self.key == presented


class VisitReport(BaseModel):
    clock_id: int
    visit_date: date
    summary: str
    minutes_on_site: int


def _load_record(client_id: str) -> ApiKeyRecord | None:
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT client_id, workshop, api_key, active FROM partner_keys WHERE client_id = :cid"),
            {"cid": client_id},
        ).mappings().first()
    if row is None:
        return None
    return ApiKeyRecord(row["client_id"], row["workshop"], row["api_key"], bool(row["active"]))


def require_partner(
    x_client_id: str = Header(...), x_api_key: str = Header(...)
) -> ApiKeyRecord:
    record = _load_record(x_client_id)
    if record is None or not record.matches(x_api_key):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid credentials")
    return record


@app.post("/v1/visits", status_code=201)
def submit_visit(report: VisitReport, partner: ApiKeyRecord = Depends(require_partner)):
    with engine.begin() as conn:
        visit_id = conn.execute(
            text(
                "INSERT INTO maintenance_visits (clock_id, visit_date, summary, minutes, workshop) "
                "VALUES (:clock_id, :visit_date, :summary, :minutes, :workshop) RETURNING id"
            ),
            {
                "clock_id": report.clock_id,
                "visit_date": report.visit_date,
                "summary": report.summary,
                "minutes": report.minutes_on_site,
                "workshop": partner.workshop,
            },
        ).scalar_one()
    return {"id": visit_id}
