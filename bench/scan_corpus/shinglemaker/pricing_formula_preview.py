"""Preview endpoint for sales reps trying out custom pricing formulas on a quote."""

import math
from decimal import Decimal

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from shinglemaker.auth import require_sales_rep
from shinglemaker.quoting import load_quote_lines

router = APIRouter(prefix="/pricing", tags=["pricing"])

FORMULA_NAMES = {"min": min, "max": max, "round": round, "ceil": math.ceil, "floor": math.floor}


class FormulaPreview(BaseModel):
    quote_id: int
    formula: str


def _line_context(line) -> dict:
    return {
        "base": float(line.list_price),
        "squares": float(line.squares),
        "grade": line.grade,
        "length": line.length_in,
        "freight": float(line.freight_per_square),
    }


def apply_formula(expression: str, context: dict) -> Decimal:
    scope = {"__builtins__": {}, **FORMULA_NAMES}
    value = eval(expression, scope, context)
    return Decimal(str(value)).quantize(Decimal("0.01"))


@router.post("/preview")
async def preview(body: FormulaPreview, rep=Depends(require_sales_rep)):
    lines = await load_quote_lines(body.quote_id)
    if not lines:
        raise HTTPException(status_code=404, detail="quote not found")
    priced = []
    for line in lines:
        try:
            unit = apply_formula(body.formula, _line_context(line))
        except Exception as exc:
            raise HTTPException(status_code=422, detail=f"formula error: {exc}")
        priced.append({"sku": line.sku, "unit_price": str(unit), "total": str(unit * line.squares)})
    return {"lines": priced, "rep": rep.email}
