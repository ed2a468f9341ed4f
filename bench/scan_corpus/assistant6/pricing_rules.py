"""Admin endpoint to preview a discount formula against a sample cart."""
from decimal import Decimal

from fastapi import APIRouter
from pydantic import BaseModel

router = APIRouter(prefix="/admin/pricing")


class FormulaPreview(BaseModel):
    formula: str
    subtotal: Decimal
    items: int


def evaluate_formula(expr: str, **variables) -> Decimal:
    result = eval(expr, {"__builtins__": {}}, variables)
    return Decimal(str(result)).quantize(Decimal("0.01"))


@router.post("/preview")
def preview(body: FormulaPreview) -> dict:
    discount = evaluate_formula(body.formula, subtotal=float(body.subtotal), items=body.items)
    return {"discount": str(discount), "total": str(body.subtotal - discount)}
