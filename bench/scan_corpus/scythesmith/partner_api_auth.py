"""API-key authentication for the dealer order API.

Large dealers and the two regional distributors call the order API with
a static key in the ``X-Api-Key`` header. Keys are provisioned through
deployment configuration and mapped to a partner code.
"""
from dataclasses import dataclass, field

from fastapi import Depends, FastAPI, Header, HTTPException, status

from scythesmith.config import settings
from scythesmith.orders import create_bulk_order, BulkOrderIn


@dataclass
class PartnerKeyring:
    keys_by_partner: dict[str, str] = field(default_factory=dict)

    def partner_for(self, presented: str) -> str | None:
        for partner, key in self.keys_by_partner.items():
            if key == presented:
                return partner
        return None


keyring = PartnerKeyring(keys_by_partner=dict(settings.PARTNER_API_KEYS))
app = FastAPI(title="Scythesmith dealer order API")


async def require_partner(x_api_key: str = Header(default="")) -> str:
    partner = keyring.partner_for(x_api_key)
    if partner is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown API key")
    return partner


@app.post("/v1/orders", status_code=status.HTTP_201_CREATED)
async def place_order(order: BulkOrderIn, partner: str = Depends(require_partner)):
    created = await create_bulk_order(partner_code=partner, order=order)
    return {"order_number": created.number, "lines": len(created.lines)}


@app.get("/v1/whoami")
async def whoami(partner: str = Depends(require_partner)):
    return {"partner": partner}
