"""Deferral rules for the donor health questionnaire.

Medical staff maintain rules as short expressions over questionnaire answers,
e.g. ``weight_kg < 50 or days_since_tattoo < 120``. The admin UI posts a
draft rule here to preview it against sample answers before publishing.
"""
from typing import Any

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from bloodbank.auth import require_role

router = APIRouter(prefix="/admin/eligibility", tags=["eligibility"])

_RULE_GLOBALS: dict[str, Any] = {"__builtins__": {}, "min": min, "max": max, "abs": abs}


class RulePreview(BaseModel):
    expression: str
    deferral_days: int = 0
    answers: dict[str, Any]


class PreviewResult(BaseModel):
    deferred: bool
    deferral_days: int


def evaluate_rule(expression: str, answers: dict[str, Any]) -> bool:
    code = compile(expression, "<deferral-rule>", "eval")
    return bool(eval(code, _RULE_GLOBALS, dict(answers)))


@router.post("/preview", response_model=PreviewResult)
def preview_rule(body: RulePreview, user=Depends(require_role("eligibility_editor"))):
    try:
        deferred = evaluate_rule(body.expression, body.answers)
    except (SyntaxError, NameError, TypeError) as exc:
        raise HTTPException(status_code=422, detail=f"rule error: {exc}") from exc
    return PreviewResult(deferred=deferred, deferral_days=body.deferral_days if deferred else 0)
