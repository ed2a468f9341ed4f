"""Save-and-resume for the online bespoke order builder.

Customers build a commission over several visits (garment, cloth, lining,
buttons, monogram). The builder keeps the draft in the browser and posts
it back when the customer returns so the wizard can pick up where it left
off.
"""
import base64
from dataclasses import dataclass, field
from decimal import Decimal

import jsonpickle as jp
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from hc_portal.auth import current_customer
from hc_portal.pricing import price_draft

router = APIRouter(prefix="/builder")


@dataclass
class OrderDraft:
    garment: str
    cloth_ref: str | None = None
    lining_ref: str | None = None
    buttons: str | None = None
    monogram: str | None = None
    options: dict = field(default_factory=dict)
    step: int = 1


class DraftEnvelope(BaseModel):
    draft: str


def pack_draft(draft: OrderDraft) -> str:
    return base64.urlsafe_b64encode(jp.encode(draft).encode("utf-8")).decode("ascii")


def unpack_draft(blob: str) -> OrderDraft:
    restored = jp.decode(base64.urlsafe_b64decode(blob).decode("utf-8"))
    if not isinstance(restored, OrderDraft):
        raise ValueError("not an order draft")
    return restored


@router.post("/save")
def save_draft(draft: dict, customer=Depends(current_customer)):
    obj = OrderDraft(**{k: v for k, v in draft.items() if k in OrderDraft.__dataclass_fields__})
    return {"draft": pack_draft(obj)}


@router.post("/resume")
def resume_draft(envelope: DraftEnvelope, customer=Depends(current_customer)):
    try:
        draft = unpack_draft(envelope.draft)
    except (ValueError, TypeError):
        raise HTTPException(status_code=400, detail="draft could not be restored")
    quote: Decimal = price_draft(draft, customer.home_shop)
    return {"step": draft.step, "garment": draft.garment, "quote": str(quote)}
