"""Lets tenant admins preview their custom notarization fee formula.

Formulas look like ``500 + 200 * max(0, signers - 1) + (1500 if travel else 0)``
and are stored per tenant after the admin confirms the preview.
"""
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field

from notary.auth import require_tenant_admin

router = APIRouter(prefix="/admin/fees", tags=["fees"])

_FORMULA_NAMES = {"max": max, "min": min, "round": round}


class FeePreviewRequest(BaseModel):
    formula: str = Field(max_length=500)
    signers: int = Field(ge=1, le=20)
    pages: int = Field(ge=1, le=2000)
    travel: bool = False


class FeePreviewResponse(BaseModel):
    fee_cents: int


def evaluate_fee(formula: str, **variables) -> int:
    scope = dict(_FORMULA_NAMES, **variables)
    code = compile(formula, "<fee-formula>", "eval")
    result = eval(code, {"__builtins__": {}}, scope)
    return int(result)


@router.post("/preview", response_model=FeePreviewResponse)
def preview_fee(body: FeePreviewRequest, admin=Depends(require_tenant_admin)):
    try:
        cents = evaluate_fee(body.formula, signers=body.signers,
                             pages=body.pages, travel=body.travel)
    except (SyntaxError, NameError, TypeError, ValueError, ZeroDivisionError) as exc:
        raise HTTPException(422, f"formula error: {exc}") from exc
    if cents < 0:
        raise HTTPException(422, "fee cannot be negative")
    return FeePreviewResponse(fee_cents=cents)
