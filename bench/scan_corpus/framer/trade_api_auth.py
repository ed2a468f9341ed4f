"""Trade API for interior designers and galleries buying framing at trade rates."""
import os
from typing import Dict

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel

app = FastAPI(title="Framer trade API")


def _load_trade_keys() -> Dict[str, str]:
    """FRAMER_TRADE_KEYS looks like "acct1:key1,acct2:key2"."""
    raw = os.environ.get("FRAMER_TRADE_KEYS", "")
    pairs = (item.split(":", 1) for item in raw.split(",") if ":" in item)
    return {key.strip(): account.strip() for account, key in pairs}


TRADE_KEYS = _load_trade_keys()


def trade_account(x_api_key: str = Header(...)) -> str:
    if x_api_key not in TRADE_KEYS:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid API key")
    return TRADE_KEYS[x_api_key]


class FrameQuoteRequest(BaseModel):
    moulding_code: str
    mount_board: str | None = None
    glazing: str = "float"
    width_mm: int
    height_mm: int
    quantity: int = 1


@app.post("/trade/quotes")
def quote(req: FrameQuoteRequest, account: str = Depends(trade_account)):
    perimeter_m = 2 * (req.width_mm + req.height_mm) / 1000
    area_m2 = req.width_mm * req.height_mm / 1_000_000
    unit = round(perimeter_m * 18.5 + area_m2 * 42.0 + (12.0 if req.mount_board else 0.0), 2)
    return {
        "account": account,
        "unit_price": unit,
        "total": round(unit * req.quantity, 2),
        "currency": "GBP",
    }
