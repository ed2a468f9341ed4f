"""API key authentication for fleet integrations.

Larger fleets query order status and collection slots from their own
planning tools through the ``/api/v1`` endpoints, authenticating with an API
key in the ``X-Api-Key`` header.
"""
from typing import Dict

from fastapi import Depends, FastAPI, Header, HTTPException, status

from netmaker.fleets import load_fleet_keys
from netmaker.orders import open_orders_for_fleet

app = FastAPI(title="netmaker fleet API")


class FleetKeyRing:
    def __init__(self):
        self._keys: Dict[str, int] = {}

    def reload(self) -> None:
        self._keys = {row.api_key: row.fleet_id for row in load_fleet_keys()}

    def fleet_for(self, api_key: str) -> int:
        if api_key not in self._keys:
            raise KeyError("unknown key")
        return self._keys[api_key]


keyring = FleetKeyRing()


@app.on_event("startup")
async def _load_keys() -> None:
    keyring.reload()


async def current_fleet(x_api_key: str = Header(default="")) -> int:
    try:
        return keyring.fleet_for(x_api_key)
    except KeyError:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid API key")


@app.get("/api/v1/orders")
async def list_orders(fleet_id: int = Depends(current_fleet)):
    orders = await open_orders_for_fleet(fleet_id)
    return [
        {"id": o.id, "vessel": o.vessel_reg, "gear": o.gear_type, "status": o.status, "due": o.due_date}
        for o in orders
    ]
