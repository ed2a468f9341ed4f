"""Small EDI-style API that large stockists use to place repeat trade orders.

Each partner is given an API key out of band; keys are loaded from the
secrets volume at start-up.
"""

import json
import os
from datetime import date
from pathlib import Path
from typing import List, Tuple

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel, Field

from .orders import create_trade_order

KEYS_FILE = Path(os.environ.get("EDI_KEYS_FILE", "/run/secrets/edi_partner_keys.json"))


def _load_partner_keys(path: Path = KEYS_FILE) -> List[Tuple[str, str]]:
    """(API key, partner account code) pairs."""
    with path.open() as fh:
        return [(entry["key"], entry["account"]) for entry in json.load(fh)]


PARTNER_KEYS = _load_partner_keys()

app = FastAPI(title="Broomworks trade EDI")


class OrderLine(BaseModel):
    sku: str
    quantity: int = Field(gt=0, le=500)


class TradeOrder(BaseModel):
    purchase_order: str
    deliver_after: date | None = None
    lines: List[OrderLine]


def partner_account(x_api_key: str = Header(...)) -> str:
    for key, account in PARTNER_KEYS:
        if key == x_api_key:
            return account
    raise HTTPException(status_code=401, detail="unknown API key")


@app.post("/v1/orders", status_code=201)
def place_order(order: TradeOrder, account: str = Depends(partner_account)):
    ref = create_trade_order(
        account=account,
        purchase_order=order.purchase_order,
        deliver_after=order.deliver_after,
        lines=[(line.sku, line.quantity) for line in order.lines],
    )
    return {"order_ref": ref, "account": account}


@app.get("/v1/ping")
def ping(account: str = Depends(partner_account)):
    return {"ok": True, "account": account}
