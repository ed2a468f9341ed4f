"""Ingest endpoint for weighbridge readings at the raw-hide receiving dock."""
import os
from datetime import datetime
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel, Field

from .storage import save_weighing

app = FastAPI(title="dock-weighbridge")


class Weighing(BaseModel):
    device_id: str
    lorry_plate: str
    supplier_code: str
    gross_kg: float = Field(gt=0)
    tare_kg: float = Field(ge=0)
    weighed_at: datetime


@lru_cache(maxsize=1)
def _device_keys() -> list[str]:
    raw = os.environ.get("WEIGHBRIDGE_KEYS", "")
    return [k.strip() for k in raw.split(",") if k.strip()]


def require_device_key(x_device_key: str = Header(default="")) -> str:
    if not x_device_key or x_device_key not in _device_keys():
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown device key")
    return x_device_key


@app.post("/weighings", status_code=status.HTTP_201_CREATED)
def post_weighing(w: Weighing, _key: str = Depends(require_device_key)):
    if w.tare_kg >= w.gross_kg:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, "tare exceeds gross")
    net = round(w.gross_kg - w.tare_kg, 1)
    record_id = save_weighing(
        device_id=w.device_id,
        plate=w.lorry_plate.upper().replace(" ", ""),
        supplier_code=w.supplier_code,
        net_kg=net,
        weighed_at=w.weighed_at,
    )
    return {"id": record_id, "net_kg": net}


@app.get("/health")
def health():
    return {"status": "ok", "devices_configured": len(_device_keys())}
