"""Endpoint the green-wood supplier calls when a load of cleft ash or oak is dispatched."""
from datetime import date
from decimal import Decimal
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel, Field
from pydantic_settings import BaseSettings

from .stock import record_incoming_load


class Settings(BaseSettings):
    supplier_api_key: str
    stock_db_url: str = "postgresql://chairwright@localhost/stock"

    class Config:
        env_prefix = "CW_"


@lru_cache
def get_settings() -> Settings:
    return Settings()


class Billet(BaseModel):
    species: str = Field(pattern="^(ash|oak|elm|beech|sycamore|hazel)$")
    length_mm: int = Field(gt=100, lt=3000)
    count: int = Field(gt=0)


class DeliveryNotice(BaseModel):
    supplier_ref: str
    felled_on: date
    expected_on: date
    billets: list[Billet]
    price_gbp: Decimal


def require_supplier(
    x_api_key: str = Header(...), settings: Settings = Depends(get_settings)
) -> None:
    if x_api_key != settings.supplier_api_key:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED)


app = FastAPI(title="Chairwright stock intake")


@app.post("/deliveries", status_code=201, dependencies=[Depends(require_supplier)])
def announce_delivery(notice: DeliveryNotice):
    total = sum(b.count for b in notice.billets)
    load_id = record_incoming_load(
        supplier_ref=notice.supplier_ref,
        felled_on=notice.felled_on,
        expected_on=notice.expected_on,
        billets=[b.model_dump() for b in notice.billets],
        price=notice.price_gbp,
    )
    return {"load_id": load_id, "billets": total}
