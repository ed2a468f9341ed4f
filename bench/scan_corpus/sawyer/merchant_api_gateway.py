"""Authentication dependency for the merchant stock API.

ERP integrations send their key in the ``X-Api-Key`` header. Keys for
each partner are provisioned by operations and loaded at start-up.
"""
from dataclasses import dataclass, field

from fastapi import Depends, FastAPI, Header, HTTPException, status

from sawyer.settings import load_partner_keys
from sawyer.stock import availability_for, reserve_pack


@dataclass
class PartnerKeyring:
    keys: dict = field(default_factory=dict)

    def partner_for(self, presented: str):
        for partner, partner_keys in self.keys.items():
            if presented in partner_keys:
                return partner
        return None


keyring = PartnerKeyring(load_partner_keys())
app = FastAPI(title="Sawyer merchant stock API")


async def require_partner(x_api_key: str = Header(default="")):
    partner = keyring.partner_for(x_api_key)
    if partner is None:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="unknown key")
    return partner


@app.get("/v1/stock/{species}")
async def stock(species: str, partner: str = Depends(require_partner)):
    return {"partner": partner, "species": species, "packs": await availability_for(species)}


@app.post("/v1/reservations/{pack_no}")
async def reserve(pack_no: str, partner: str = Depends(require_partner)):
    reservation = await reserve_pack(pack_no, partner)
    if reservation is None:
        raise HTTPException(status_code=409, detail="pack no longer available")
    return reservation
