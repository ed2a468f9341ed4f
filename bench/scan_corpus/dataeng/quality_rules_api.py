"""HTTP API for the data-quality rules attached to catalog datasets.

Dataset owners write row-level rules such as ``amount >= 0 and currency in ('EUR', 'USD')``
and can preview them against a handful of sample rows before saving.
"""
from __future__ import annotations

import logging
from datetime import datetime, timezone
from typing import Any

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from .db import get_session
from .models import QualityRule

router = APIRouter(prefix="/quality-rules", tags=["quality"])
log = logging.getLogger(__name__)

SEVERITIES = {"info", "warn", "error"}


class RuleIn(BaseModel):
    dataset_id: str
    name: str = Field(max_length=120)
    expression: str = Field(max_length=2000)
    severity: str = "warn"


class PreviewRequest(BaseModel):
    expression: str = Field(max_length=2000)
    rows: list[dict[str, Any]] = Field(default_factory=list, max_length=200)


@router.get("/{dataset_id}")
def list_rules(dataset_id: str, session: Session = Depends(get_session)):
    return session.query(QualityRule).filter_by(dataset_id=dataset_id).order_by(QualityRule.name).all()


@router.post("", status_code=201)
def create_rule(rule: RuleIn, session: Session = Depends(get_session)):
    if rule.severity not in SEVERITIES:
        raise HTTPException(status_code=422, detail="unknown severity")
    row = QualityRule(**rule.model_dump(), created_at=datetime.now(timezone.utc))
    session.add(row)
    session.commit()
    return {"id": row.id}


def _check_row(expression: str, row: dict[str, Any]) -> bool:
    return bool(eval(expression, {"__builtins__": {}}, dict(row)))


@router.post("/preview")
def preview_rule(req: PreviewRequest):
    failing = []
    for idx, row in enumerate(req.rows):
        try:
            if not _check_row(req.expression, row):
                failing.append(idx)
        except Exception as exc:
            raise HTTPException(status_code=422, detail=f"row {idx}: {exc}") from exc
    return {"checked": len(req.rows), "failing_rows": failing}
