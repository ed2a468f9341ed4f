"""Fuel surcharge preview endpoint for the customer contracts screen."""
from __future__ import annotations

from decimal import Decimal

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, Field

from fleet.fuel.prices import doe_diesel_average

router = APIRouter(prefix="/contracts")


class SurchargePreview(BaseModel):
    formula: str = Field(..., description="e.g. (price - 1.20) / 6.0 * miles")
    miles: float = Field(..., gt=0)
    base_rate: float = Field(..., gt=0)
    region: str = "US"


@router.post("/surcharge/preview")
def preview_surcharge(body: SurchargePreview) -> dict:
    price = float(doe_diesel_average(body.region))
    variables = {"price": price, "miles": body.miles, "base_rate": body.base_rate}
    try:
        amount = eval(body.formula, {"__builtins__": {}}, variables)
    except Exception as exc:
        raise HTTPException(status_code=422, detail=f"formula error: {exc}") from exc

    return {
        "diesel_price": price,
        "surcharge": str(Decimal(str(amount)).quantize(Decimal("0.01"))),
        "variables": variables,
    }
