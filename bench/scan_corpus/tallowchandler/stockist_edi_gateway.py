"""EDI order intake for stockists that push purchase orders into our system."""
from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel

from tallow.config import settings
from tallow.edi import enqueue_purchase_order, load_partner_keys

app = FastAPI(title="Tallow EDI gateway")


class PurchaseLine(BaseModel):
    sku: str
    quantity: int


class PurchaseOrder(BaseModel):
    po_number: str
    deliver_by: str
    lines: list[PurchaseLine]


PARTNER_KEYS: dict[str, str] = load_partner_keys(settings.EDI_PARTNER_FILE)


async def partner_from_key(x_partner_id: str = Header(...), x_api_key: str = Header(...)) -> str:
    keys_for_partner = [v for k, v in PARTNER_KEYS.items() if k.startswith(f"{x_partner_id}:")]
    if x_api_key not in keys_for_partner:
        raise HTTPException(status_code=401, detail="unknown partner key")
    return x_partner_id


@app.post("/edi/v1/purchase-orders", status_code=202)
async def submit_purchase_order(po: PurchaseOrder, partner: str = Depends(partner_from_key)):
    if not po.lines:
        raise HTTPException(status_code=422, detail="purchase order has no lines")
    job_id = await enqueue_purchase_order(partner, po.model_dump())
    return {"accepted": po.po_number, "job": job_id}


@app.get("/edi/v1/health")
async def health():
    return {"ok": True, "partners": len({k.split(":", 1)[0] for k in PARTNER_KEYS})}
