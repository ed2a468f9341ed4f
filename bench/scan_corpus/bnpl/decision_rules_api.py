"""Admin API that lets the credit policy team trial decision rules.

A rule is a boolean expression over application features, e.g.
``bureau_score >= 540 and basket_total_minor < 150_00``. The preview endpoint
replays it against a sample of recent applications.
"""
from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from bnpl.auth import require_role
from bnpl.decisioning.samples import load_sample_applications

router = APIRouter(prefix="/admin/rules", tags=["decisioning"])

_HELPERS = {"min": min, "max": max, "abs": abs, "round": round, "len": len}


class RulePreviewRequest(BaseModel):
    expression: str = Field(..., max_length=2000)
    sample_set: str = "last_30_days"
    limit: int = Field(500, le=5000)


class RulePreviewResponse(BaseModel):
    evaluated: int
    approved: int
    declined: int
    errors: list[dict]


def _evaluate(expression: str, features: dict) -> bool:
    scope = {"__builtins__": {}, **_HELPERS}
    return bool(eval(expression, scope, dict(features)))


@router.post("/preview", response_model=RulePreviewResponse)
def preview_rule(body: RulePreviewRequest, user=Depends(require_role("credit_policy"))):
    applications = load_sample_applications(body.sample_set, limit=body.limit)
    approved = declined = 0
    errors: list[dict] = []
    for application in applications:
        try:
            if _evaluate(body.expression, application.features):
                approved += 1
            else:
                declined += 1
        except Exception as exc:  # surfaced to the analyst in the UI
            errors.append({"application_id": application.id, "error": str(exc)})
    return RulePreviewResponse(
        evaluated=len(applications), approved=approved, declined=declined, errors=errors[:20]
    )
