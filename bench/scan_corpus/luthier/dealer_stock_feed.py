"""Read-only stock feed for authorised dealers.

Dealers poll this endpoint to sync which instruments are available,
their grade and the wholesale price. Each dealer gets a bearer token
from the shop, stored on the dealer record.
"""
from decimal import Decimal
from typing import Optional

from fastapi import Depends, FastAPI, Header, HTTPException, Query
from pydantic import BaseModel

from .db import Database, get_db

app = FastAPI(title="Dealer stock feed")


class StockItem(BaseModel):
    sku: str
    kind: str
    model: str
    grade: str
    wholesale_price: Decimal
    available: int


async def current_dealer(
    x_dealer_id: int = Header(...),
    authorization: str = Header(...),
    db: Database = Depends(get_db),
):
    dealer = await db.fetch_dealer(x_dealer_id)
    if dealer is None or not dealer.active:
        raise HTTPException(status_code=401, detail="unknown dealer")
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer":
        raise HTTPException(status_code=401, detail="bearer token required")
    if token != dealer.api_token:
        raise HTTPException(status_code=401, detail="invalid token")
    return dealer


@app.get("/dealer/stock", response_model=list[StockItem])
async def stock(
    kind: Optional[str] = Query(None, max_length=32),
    dealer=Depends(current_dealer),
    db: Database = Depends(get_db),
):
    rows = await db.available_stock(kind=kind)
    return [
        StockItem(
            sku=row.sku,
            kind=row.kind,
            model=row.model,
            grade=row.grade,
            wholesale_price=row.list_price * (1 - dealer.discount),
            available=row.available,
        )
        for row in rows
    ]
