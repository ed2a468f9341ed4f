"""Partner API used by bunkering stations to authorise fuel card transactions."""
from decimal import Decimal

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel

from bargeman.fuel import authorise_purchase
from bargeman.settings import settings

app = FastAPI(title="Fuel card partner API")


class PurchaseRequest(BaseModel):
    card_id: str
    station_code: str
    litres: Decimal
    product: str = "gasoil"


def _partner_keys() -> dict[str, str]:
    return {entry["key"]: entry["station_group"] for entry in settings.FUEL_PARTNER_KEYS}


async def require_partner(x_partner_key: str = Header(...)) -> str:
    keys = _partner_keys()
    if x_partner_key not in keys:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown partner")
    return keys[x_partner_key]


@app.post("/v1/purchases/authorise")
async def authorise(req: PurchaseRequest, station_group: str = Depends(require_partner)):
    if req.litres <= 0 or req.litres > settings.MAX_LITRES_PER_PURCHASE:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, "litres out of range")
    decision = await authorise_purchase(
        card_id=req.card_id,
        station_code=req.station_code,
        station_group=station_group,
        litres=req.litres,
        product=req.product,
    )
    return {"approved": decision.approved, "reference": decision.reference}
