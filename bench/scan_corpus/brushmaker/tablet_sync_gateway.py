"""Order sync gateway for the sales-rep tablet app."""
from dataclasses import dataclass, field

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel

from brushworks.config import load_gateway_config
from brushworks.orders import upsert_rep_orders


@dataclass
class GatewayConfig:
    region: str
    device_keys: list[str] = field(default_factory=list)
    max_batch: int = 200


config = GatewayConfig(**load_gateway_config())
app = FastAPI(title="rep-sync-gateway")


class OrderLine(BaseModel):
    sku: str
    qty: int
    unit_price: float


class RepOrder(BaseModel):
    client_ref: str
    customer_no: str
    lines: list[OrderLine]


class SyncBatch(BaseModel):
    rep_id: int
    orders: list[RepOrder]


async def require_device_key(x_device_key: str = Header(...)) -> str:
    if x_device_key not in config.device_keys:
        raise HTTPException(status_code=401, detail="unknown device")
    return x_device_key


@app.post("/v1/orders/sync")
async def sync_orders(batch: SyncBatch, device_key: str = Depends(require_device_key)):
    if len(batch.orders) > config.max_batch:
        raise HTTPException(status_code=413, detail="batch too large")
    results = await upsert_rep_orders(batch.rep_id, [o.model_dump() for o in batch.orders])
    return {"accepted": [r.client_ref for r in results if r.ok],
            "rejected": [r.client_ref for r in results if not r.ok]}


@app.get("/v1/health")
async def health():
    return {"region": config.region, "status": "ok"}
