"""Release of controlled-drug prescriptions from the van safe.

When a vet prescribes a controlled drug on a round, the practice pharmacist
approves it and a release code is sent to the vet. The van app posts the code to
unlock the dispense record.
"""

from __future__ import annotations

from datetime import datetime, timezone

from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from .auth import current_vet
from .database import get_session
from .models import ControlledRelease, DispenseRecord

router = APIRouter(prefix="/prescriptions", tags=["prescriptions"])


class ReleaseRequest(BaseModel):
    prescription_id: int
    release_code: str


class ReleaseResponse(BaseModel):
    dispense_id: int
    released_at: datetime


@router.post("/release", response_model=ReleaseResponse)
def release_controlled_drug(
    body: ReleaseRequest,
    session: Session = Depends(get_session),
    vet=Depends(current_vet),
) -> ReleaseResponse:
    release = session.scalars(
        select(ControlledRelease).where(
            ControlledRelease.prescription_id == body.prescription_id,
            ControlledRelease.vet_id == vet.id,
            ControlledRelease.used_at.is_(None),
        )
    ).first()
    if release is None or release.expires_at < datetime.now(timezone.utc):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no pending release")
    if body.release_code.strip() != release.code:
        release.failed_attempts += 1
        session.commit()
        raise HTTPException(status.HTTP_403_FORBIDDEN, "release code rejected")

    now = datetime.now(timezone.utc)
    release.used_at = now
    record = DispenseRecord(
        prescription_id=body.prescription_id,
        vet_id=vet.id,
        van_id=vet.current_van_id,
        released_at=now,
    )
    session.add(record)
    session.commit()
    return ReleaseResponse(dispense_id=record.id, released_at=now)
