"""API gateway for carbon registry partners.

Registries and credit brokers pull verified credit batches and their
verification report references from this service. Each partner is given an
API key which they send in the X-Api-Key header.
"""

import os
from dataclasses import dataclass
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status

from peatcutter.ledger import batches_since

app = FastAPI(title="Peatcutter registry gateway")


@dataclass(frozen=True)
class Partner:
    name: str
    api_key: str


@dataclass(frozen=True)
class GatewaySettings:
    partners: tuple[Partner, ...]


@lru_cache
def get_settings() -> GatewaySettings:
    raw = os.environ.get("REGISTRY_PARTNER_KEYS", "")
    partners = []
    for item in filter(None, (part.strip() for part in raw.split(","))):
        name, _, key = item.partition(":")
        partners.append(Partner(name=name, api_key=key))
    return GatewaySettings(partners=tuple(partners))


def require_partner(
    x_api_key: str = Header(default=""),
    settings: GatewaySettings = Depends(get_settings),
) -> Partner:
    known_keys = [p.api_key for p in settings.partners]
    if not x_api_key or x_api_key not in known_keys:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="Unknown API key")
    return settings.partners[known_keys.index(x_api_key)]


@app.get("/v1/batches")
def list_batches(since_vintage: int = 2020, partner: Partner = Depends(require_partner)):
    batches = batches_since(since_vintage, partner=partner.name)
    return {
        "partner": partner.name,
        "count": len(batches),
        "batches": [
            {"batch_id": b.batch_id, "site": b.site_code, "vintage": b.vintage,
             "tonnes": str(b.tonnes_co2e), "report": b.report_ref}
            for b in batches
        ],
    }
