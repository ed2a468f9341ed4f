"""Endpoint that wax and wick suppliers call to push their stock levels."""
from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel, Field
from sqlalchemy import create_engine, text


@dataclass(frozen=True)
class Settings:
    database_url: str
    supplier_api_key: str

    @classmethod
    def from_env(cls) -> "Settings":
        return cls(
            database_url=os.environ["INVENTORY_DATABASE_URL"],
            supplier_api_key=os.environ["SUPPLIER_PUSH_API_KEY"],
        )


settings = Settings.from_env()
engine = create_engine(settings.database_url, pool_pre_ping=True)
app = FastAPI(title="Supplier stock push")


class StockLine(BaseModel):
    sku: str = Field(min_length=3, max_length=40)
    description: str = Field(max_length=200)
    quantity_kg: Decimal = Field(ge=0)
    unit_price: Decimal = Field(gt=0)


class StockPush(BaseModel):
    supplier_code: str = Field(min_length=2, max_length=20)
    lines: list[StockLine]


def require_supplier_key(x_api_key: str = Header(default="")) -> None:
    if x_api_key != settings.supplier_api_key:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid key")


@app.post("/supplier/stock", dependencies=[Depends(require_supplier_key)])
def push_stock(push: StockPush) -> dict:
    with engine.begin() as conn:
        for line in push.lines:
            conn.execute(
                text(
                    "INSERT INTO supplier_stock (supplier_code, sku, description, quantity_kg, unit_price) "
                    "VALUES (:sup, :sku, :desc, :qty, :price) "
                    "ON CONFLICT (supplier_code, sku) DO UPDATE SET "
                    "quantity_kg = EXCLUDED.quantity_kg, unit_price = EXCLUDED.unit_price"
                ),
                {"sup": push.supplier_code, "sku": line.sku, "desc": line.description,
                 "qty": line.quantity_kg, "price": line.unit_price},
            )
    return {"accepted": len(push.lines)}
