"""Rule authoring API for the fraud analytics team.

Analysts write rules as short expressions over claim features, e.g.
``days_since_inception < 30 and claimed_amount > 5000``, and preview how a
rule would have fired on a sample of recent claims before publishing it.
"""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field

from fraud.auth import require_analyst
from fraud.features import load_feature_sample

router = APIRouter(prefix="/rules", tags=["fraud-rules"])

SAFE_FUNCS = {"abs": abs, "min": min, "max": max, "len": len}


class RulePreviewRequest(BaseModel):
    expression: str = Field(..., max_length=500)
    sample_size: int = Field(200, ge=1, le=2000)


class RulePreviewResult(BaseModel):
    evaluated: int
    fired: int
    fired_claims: list[str]


def _fires(expression: str, features: dict[str, Any]) -> bool:
    return bool(eval(expression, {"__builtins__": SAFE_FUNCS}, features))


@router.post("/preview", response_model=RulePreviewResult)
def preview_rule(req: RulePreviewRequest, analyst=Depends(require_analyst)) -> RulePreviewResult:
    sample = load_feature_sample(req.sample_size)
    fired: list[str] = []
    for row in sample:
        try:
            if _fires(req.expression, row.features):
                fired.append(row.claim_number)
        except (NameError, TypeError, ZeroDivisionError) as exc:
            raise HTTPException(status_code=422, detail=f"rule error: {exc}") from exc
    return RulePreviewResult(evaluated=len(sample), fired=len(fired), fired_claims=fired[:50])
