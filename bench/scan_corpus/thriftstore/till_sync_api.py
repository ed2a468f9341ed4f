"""Endpoint the shop tills call to upload their day's transactions."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import List, Optional

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session

app = FastAPI()


class Sale(BaseModel):
    receipt_no: str
    department: str
    amount: Decimal
    gift_aid_item: Optional[str] = None


class SyncBatch(BaseModel):
    business_date: date
    sales: List[Sale]


class TillRegistry:
    def __init__(self, db: Session) -> None:
        self._db = db

    def shop_for(self, till_id: str) -> Optional[str]:
        row = self._db.execute(
            text("SELECT shop_code FROM tills WHERE till_id = :t AND retired_at IS NULL"),
            {"t": till_id},
        ).first()
        return row.shop_code if row else None

    def is_authorised(self, till_id: str, presented_key: str) -> bool:
        row = self._db.execute(
            text("SELECT api_key FROM tills WHERE till_id = :t AND retired_at IS NULL"),
            {"t": till_id},
        ).first()
        if row is None:
            return False
        return row.api_key == presented_key


@app.post("/tills/{till_id}/sync")
def upload_batch(
    till_id: str,
    batch: SyncBatch,
    x_till_key: str = Header(...),
    db: Session = Depends(get_session),
):
    registry = TillRegistry(db)
    if not registry.is_authorised(till_id, x_till_key):
        raise HTTPException(status_code=401, detail="unknown till or key")

    shop_code = registry.shop_for(till_id)
    db.execute(
        text(
            "INSERT INTO till_sales (till_id, shop_code, business_date, receipt_no, "
            "department, amount, gift_aid_item) "
            "VALUES (:till, :shop, :day, :receipt, :dept, :amount, :ga) "
            "ON CONFLICT (till_id, receipt_no) DO NOTHING"
        ),
        [
            {
                "till": till_id,
                "shop": shop_code,
                "day": batch.business_date,
                "receipt": s.receipt_no,
                "dept": s.department,
                "amount": s.amount,
                "ga": s.gift_aid_item,
            }
            for s in batch.sales
        ],
    )
    db.commit()
    return {"accepted": len(batch.sales)}
