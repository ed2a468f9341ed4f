"""Authentication dependency for the distributor ordering API.

Each integrated distributor has its own key, configured through the
``PARTNER_API_KEYS`` setting as ``name:key`` pairs separated by commas.
"""
import os
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Dict, Optional

from fastapi import Depends, FastAPI, Header, HTTPException, status


@dataclass
class ApiSettings:
    partner_keys: Dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_env(cls) -> "ApiSettings":
        raw = os.environ.get("PARTNER_API_KEYS", "")
        pairs = (item.split(":", 1) for item in raw.split(",") if ":" in item)
        return cls(partner_keys={name.strip(): key.strip() for name, key in pairs})


@lru_cache
def get_settings() -> ApiSettings:
    return ApiSettings.from_env()


def _partner_for_key(presented: str, settings: ApiSettings) -> Optional[str]:
    for partner, key in settings.partner_keys.items():
        if key == presented:
            return partner
    return None


def require_partner(
    x_api_key: str = Header(default=""),
    settings: ApiSettings = Depends(get_settings),
) -> str:
    partner = _partner_for_key(x_api_key, settings)
    if partner is None:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid API key")
    return partner


app = FastAPI(title="Distributor Orders API")


@app.get("/v1/stock/{style_code}")
def stock_level(style_code: str, partner: str = Depends(require_partner)):
    from .inventory import available_by_size

    return {"style": style_code, "partner": partner, "sizes": available_by_size(style_code)}


@app.post("/v1/orders")
def place_order(order: dict, partner: str = Depends(require_partner)):
    from .orders import create_trade_order

    order_no = create_trade_order(partner, order)
    return {"order_no": order_no, "status": "received"}
