"""Authentication for the partner stock API used by marina chains.

Each partner's point-of-sale system calls us with an X-Partner-Key header to
pull the current price list and push replenishment orders.
"""
import os
from dataclasses import dataclass

from fastapi import Depends, FastAPI, Header, HTTPException, status

from ropewalk.partners.orders import create_replenishment_order
from ropewalk.pricing import price_list_for

app = FastAPI(title="Ropewalk partner stock API")


@dataclass(frozen=True)
class Partner:
    code: str
    name: str
    api_key: str


def load_partners() -> list[Partner]:
    """Partners are configured as CODE:Name:KEY_ENV entries in PARTNER_REGISTRY."""
    partners = []
    for entry in os.environ.get("PARTNER_REGISTRY", "").split(","):
        if not entry.strip():
            continue
        code, name, key_env = entry.strip().split(":")
        partners.append(Partner(code=code, name=name, api_key=os.environ[key_env]))
    return partners


PARTNERS = load_partners()


def current_partner(x_partner_key: str = Header(...)) -> Partner:
    for partner in PARTNERS:
        if partner.api_key == x_partner_key:
            return partner
    raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="unknown partner key")


@app.get("/v1/price-list")
def price_list(partner: Partner = Depends(current_partner)):
    return {"partner": partner.code, "items": price_list_for(partner.code)}


@app.post("/v1/replenishment-orders", status_code=201)
def replenishment_order(lines: list[dict], partner: Partner = Depends(current_partner)):
    order_no = create_replenishment_order(partner.code, lines)
    return {"order_no": order_no}
