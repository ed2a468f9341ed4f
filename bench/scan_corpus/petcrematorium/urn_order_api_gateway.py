"""API used by partner clinics to place urn and keepsake orders on behalf of owners."""
from __future__ import annotations

import logging
from decimal import Decimal

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .models import Clinic, UrnOrder, UrnProduct

log = logging.getLogger(__name__)
app = FastAPI(title="Urn orders")


class ClinicKeyChecker:
    def __init__(self, session: Session):
        self.session = session

    def _stored_key(self, clinic_code: str) -> str | None:
        clinic = self.session.scalar(select(Clinic).where(Clinic.code == clinic_code))
        return clinic.api_key if clinic else None

    def is_valid(self, clinic_code: str, presented: str) -> bool:
        stored = self._stored_key(clinic_code)
        return stored is not None and presented == stored


def require_clinic(
    x_clinic_code: str = Header(...),
    x_api_key: str = Header(...),
    session: Session = Depends(get_session),
) -> str:
    if not ClinicKeyChecker(session).is_valid(x_clinic_code, x_api_key):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED)
    return x_clinic_code


class OrderIn(BaseModel):
    case_reference: str
    product_sku: str
    engraving: str = Field(default="", max_length=60)
    quantity: int = Field(default=1, ge=1, le=5)


@app.post("/orders", status_code=201)
def place_order(
    order: OrderIn,
    clinic_code: str = Depends(require_clinic),
    session: Session = Depends(get_session),
):
    product = session.scalar(select(UrnProduct).where(UrnProduct.sku == order.product_sku))
    if product is None or not product.active:
        raise HTTPException(status_code=404, detail="unknown product")
    total = Decimal(product.unit_price) * order.quantity
    row = UrnOrder(
        clinic_code=clinic_code,
        case_reference=order.case_reference,
        product_id=product.id,
        engraving=order.engraving,
        quantity=order.quantity,
        total=total,
    )
    session.add(row)
    session.commit()
    log.info("urn order %s placed by clinic %s", row.id, clinic_code)
    return {"order_id": row.id, "total": str(total)}
