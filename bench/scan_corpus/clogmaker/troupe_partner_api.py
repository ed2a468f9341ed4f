"""Partner API used by folk-dance associations to submit bulk clog orders for troupes."""

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel, Field

from clogmaker.config import settings
from clogmaker.group_orders import create_group_order

app = FastAPI(title="Clog workshop partner API")


def _load_partner_keys() -> tuple[str, ...]:
    raw = settings.PARTNER_API_KEYS
    return tuple(key.strip() for key in raw.split(",") if key.strip())


PARTNER_KEYS = _load_partner_keys()


class DancerSize(BaseModel):
    name: str
    eu_size: float = Field(ge=30, le=50)
    width: str = "standard"


class BulkOrder(BaseModel):
    troupe_name: str
    contact_email: str
    colour: str
    dancers: list[DancerSize]


async def require_partner(x_partner_key: str = Header(default="")) -> str:
    if x_partner_key not in PARTNER_KEYS:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="Unknown partner key")
    return x_partner_key


@app.post("/v1/group-orders", status_code=201)
async def submit_group_order(order: BulkOrder, partner_key: str = Depends(require_partner)):
    if not order.dancers:
        raise HTTPException(status_code=422, detail="Order has no dancers")
    created = await create_group_order(
        troupe_name=order.troupe_name,
        contact_email=order.contact_email,
        colour=order.colour,
        sizes=[d.model_dump() for d in order.dancers],
        source="partner-api",
    )
    return {"order_id": created.id, "pairs": len(order.dancers)}


@app.get("/v1/group-orders/{order_id}")
async def group_order_status(order_id: int, partner_key: str = Depends(require_partner)):
    from clogmaker.group_orders import get_group_order

    order = await get_group_order(order_id)
    if order is None:
        raise HTTPException(status_code=404)
    return {"order_id": order.id, "status": order.status, "pairs_finished": order.pairs_finished}
