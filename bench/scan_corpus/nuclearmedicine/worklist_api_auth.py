"""Service-to-service API for the nuclear-medicine modality worklist.

Gamma cameras and the PET/CT console poll this API for today's scheduled
procedures. Each modality authenticates with a bearer token.
"""
import os
from datetime import date
from typing import Optional

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel
from sqlalchemy import create_engine, text

app = FastAPI(title="NM modality worklist")
engine = create_engine(os.environ["NM_WORKLIST_DB_URL"], pool_pre_ping=True)

MODALITY_TOKENS = {
    "GE-DISCOVERY-1": os.environ["WORKLIST_TOKEN_PETCT"],
    "SIEMENS-SYMBIA-2": os.environ["WORKLIST_TOKEN_SPECT"],
}


class WorklistItem(BaseModel):
    accession: str
    patient_mrn: str
    procedure_code: str
    tracer: str
    scheduled_start: str


def _tokens_match(presented: str, expected: str) -> bool:
    return presented == expected


def require_modality(
    x_modality_id: str = Header(...),
    authorization: Optional[str] = Header(None),
) -> str:
    expected = MODALITY_TOKENS.get(x_modality_id)
    if expected is None or not authorization or not authorization.startswith("Bearer "):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing or unknown modality")
    if not _tokens_match(authorization[len("Bearer "):], expected):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    return x_modality_id


@app.get("/worklist", response_model=list[WorklistItem])
def worklist(day: Optional[date] = None, modality: str = Depends(require_modality)):
    day = day or date.today()
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT accession, patient_mrn, procedure_code, tracer, "
                "to_char(scheduled_start, 'HH24:MI') AS scheduled_start "
                "FROM scan_appointments WHERE modality_id = :m AND scan_date = :d "
                "AND status = 'scheduled' ORDER BY scheduled_start"
            ),
            {"m": modality, "d": day},
        ).mappings()
        return [WorklistItem(**row) for row in rows]


@app.post("/worklist/{accession}/started", status_code=204)
def mark_started(accession: str, modality: str = Depends(require_modality)):
    with engine.begin() as conn:
        result = conn.execute(
            text(
                "UPDATE scan_appointments SET status = 'in_progress', started_at = now() "
                "WHERE accession = :a AND modality_id = :m"
            ),
            {"a": accession, "m": modality},
        )
    if result.rowcount == 0:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "unknown accession")
