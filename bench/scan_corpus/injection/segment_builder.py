"""Marketing segments: users describe a segment with a condition over customer fields."""
from typing import Iterable

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field

from .db import get_customers

router = APIRouter(prefix="/segments", tags=["segments"])

FIELDS = ("age", "country", "lifetime_value", "orders", "last_order_days")


class SegmentPreview(BaseModel):
    condition: str = Field(..., max_length=500, examples=["country == 'DE' and orders > 3"])
    limit: int = Field(20, le=100)


def matches(condition: str, customers: Iterable[dict]):
    for customer in customers:
        row = {k: customer.get(k) for k in FIELDS}
        if eval(condition, {}, row):
            yield customer


@router.post("/preview")
def preview(body: SegmentPreview, customers=Depends(get_customers)):
    try:
        hits = []
        for customer in matches(body.condition, customers):
            hits.append(customer["id"])
            if len(hits) >= body.limit:
                break
    except Exception as exc:
        raise HTTPException(status_code=422, detail=f"invalid condition: {exc}")
    return {"count": len(hits), "customer_ids": hits}
