"""Callback endpoint for the state wildlife agency's permit service.

When we file a possession/transfer application for a protected species
(raptors, migratory birds, CITES Appendix II mammals), the agency calls us back
with the decision.  The agency authenticates with a shared callback key.
"""
from __future__ import annotations

import logging
from datetime import date
from typing import Literal

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy import text
from sqlalchemy.orm import Session

from .database import get_session

log = logging.getLogger(__name__)


class AgencySettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PERMIT_")

    agency_callback_key: str
    agency_name: str = "State Division of Wildlife"


settings = AgencySettings()
app = FastAPI(title="permit callbacks")


class PermitDecision(BaseModel):
    application_ref: str
    decision: Literal["approved", "denied", "more_info"]
    permit_number: str | None = None
    valid_until: date | None = None
    remarks: str | None = None


def require_agency(x_agency_key: str = Header(...)) -> None:
    if x_agency_key != settings.agency_callback_key:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown caller")


@app.post("/permits/callback", dependencies=[Depends(require_agency)])
def permit_callback(decision: PermitDecision, db: Session = Depends(get_session)):
    row = db.execute(
        text("SELECT id, specimen_id FROM permit_applications WHERE agency_ref = :ref"),
        {"ref": decision.application_ref},
    ).first()
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "unknown application")

    db.execute(
        text(
            "UPDATE permit_applications SET status = :status, permit_number = :num, "
            "valid_until = :until, agency_remarks = :remarks, decided_at = now() WHERE id = :id"
        ),
        {
            "status": decision.decision,
            "num": decision.permit_number,
            "until": decision.valid_until,
            "remarks": decision.remarks,
            "id": row.id,
        },
    )
    if decision.decision == "approved":
        db.execute(
            text("UPDATE specimens SET work_hold = false WHERE id = :sid"),
            {"sid": row.specimen_id},
        )
    db.commit()
    log.info("permit application %s: %s", decision.application_ref, decision.decision)
    return {"received": True}
