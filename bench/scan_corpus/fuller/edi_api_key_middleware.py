"""EDI endpoint for large wholesale customers placing repeat piece orders.

Customers' purchasing systems post orders directly; each customer has its
own API key configured in the environment of this service.
"""
import json
import os
from datetime import date
from typing import Dict, List

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel

app = FastAPI(title="fuller-edi")


def _load_customer_keys() -> Dict[str, str]:
    raw = os.environ.get("EDI_CUSTOMER_KEYS", "{}")
    return {cust: key for cust, key in json.loads(raw).items()}


CUSTOMER_KEYS = _load_customer_keys()


class OrderLine(BaseModel):
    quality_code: str  # e.g. "MEL-620" melton 620 g/m
    colour: str
    metres: float


class EdiOrder(BaseModel):
    customer_ref: str
    wanted_by: date
    lines: List[OrderLine]


def authenticated_customer(
    x_customer_id: str = Header(...), x_api_key: str = Header(...)
) -> str:
    expected = CUSTOMER_KEYS.get(x_customer_id)
    if expected is None or x_api_key != expected:
        raise HTTPException(status_code=401, detail="unknown customer or key")
    return x_customer_id


@app.post("/edi/orders", status_code=202)
def submit_order(order: EdiOrder, customer_id: str = Depends(authenticated_customer)):
    total = sum(line.metres for line in order.lines)
    if total <= 0:
        raise HTTPException(status_code=422, detail="order has no metres")
    return {
        "customer": customer_id,
        "customer_ref": order.customer_ref,
        "lines": len(order.lines),
        "metres": round(total, 1),
        "status": "queued",
    }
