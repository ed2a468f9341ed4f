"""FastAPI endpoints suppliers call to post delivery notes."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import psycopg
from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel


@dataclass(frozen=True)
class PortalSettings:
    database_url: str
    supplier_api_key: str

    @classmethod
    def from_env(cls) -> "PortalSettings":
        return cls(
            database_url=os.environ["YARD_DATABASE_URL"],
            supplier_api_key=os.environ["SUPPLIER_API_KEY"],
        )


@lru_cache
def get_settings() -> PortalSettings:
    return PortalSettings.from_env()


def require_supplier(
    x_api_key: str = Header(...),
    settings: PortalSettings = Depends(get_settings),
) -> None:
    if x_api_key != settings.supplier_api_key:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="bad key")


class DeliveryNote(BaseModel):
    supplier_code: str
    po_number: str
    species: str
    volume_m3: float
    delivery_date: date


app = FastAPI(title="Yard supplier API")


@app.post("/api/deliveries", status_code=201, dependencies=[Depends(require_supplier)])
def post_delivery(note: DeliveryNote, settings: PortalSettings = Depends(get_settings)):
    with psycopg.connect(settings.database_url) as conn:
        row = conn.execute(
            "SELECT id FROM purchase_orders WHERE po_number = %s AND supplier_code = %s",
            (note.po_number, note.supplier_code),
        ).fetchone()
        if row is None:
            raise HTTPException(status_code=404, detail="unknown purchase order")
        conn.execute(
            "INSERT INTO timber_deliveries (po_id, species, volume_m3, delivered_on) "
            "VALUES (%s, %s, %s, %s)",
            (row[0], note.species, note.volume_m3, note.delivery_date),
        )
    return {"status": "recorded", "po": note.po_number}
