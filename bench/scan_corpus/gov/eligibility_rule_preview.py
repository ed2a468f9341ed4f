"""Caseworker tool: preview how a draft eligibility rule scores a household.

Draft rules are typed into the policy editor as boolean expressions over
the household fields, e.g. ``household_size >= 3 and monthly_income < 2400``.
"""
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from .auth import require_role
from .households import load_household

router = APIRouter(prefix="/policy/rules", tags=["policy"])

RULE_HELPERS = {"min": min, "max": max, "abs": abs, "round": round}


class RulePreview(BaseModel):
    expression: str
    household_id: int


class RulePreviewResult(BaseModel):
    household_id: int
    expression: str
    eligible: bool


@router.post("/preview", response_model=RulePreviewResult)
def preview_rule(body: RulePreview, user=Depends(require_role("policy_editor"))):
    household = load_household(body.household_id)
    if household is None:
        raise HTTPException(status_code=404, detail="household not found")

    scope = dict(RULE_HELPERS)
    scope.update(household.as_rule_context())
    try:
        outcome = eval(body.expression, {"__builtins__": {}}, scope)
    except Exception as exc:  # shown inline in the policy editor
        raise HTTPException(status_code=422, detail=f"rule error: {exc}")

    return RulePreviewResult(
        household_id=household.id,
        expression=body.expression,
        eligible=bool(outcome),
    )
