"""Bulk import of alert dispositions returned by the outsourced AML review team.

The vendor uploads a YAML file per batch listing each alert id, the reviewer's
decision and a free-text rationale.
"""
from __future__ import annotations

from datetime import datetime

import yaml
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from aml.auth import require_role
from aml.repository import AlertRepository, get_repository

router = APIRouter(prefix="/aml/dispositions")
VALID_DECISIONS = {"false_positive", "escalate", "sar_filed", "needs_info"}


@router.post("/import", dependencies=[Depends(require_role("aml_vendor"))])
async def import_dispositions(
    upload: UploadFile = File(...),
    repo: AlertRepository = Depends(get_repository),
):
    raw = await upload.read()
    doc = yaml.load(raw, Loader=yaml.Loader)
    if not isinstance(doc, dict) or "dispositions" not in doc:
        raise HTTPException(422, "expected a 'dispositions' list")

    applied, skipped = 0, []
    for item in doc["dispositions"]:
        if item.get("decision") not in VALID_DECISIONS:
            skipped.append(item.get("alert_id"))
            continue
        repo.record_disposition(
            alert_id=item["alert_id"],
            decision=item["decision"],
            rationale=item.get("rationale", ""),
            reviewed_at=item.get("reviewed_at") or datetime.utcnow(),
            batch=doc.get("batch_id"),
        )
        applied += 1
    return {"applied": applied, "skipped": skipped}
