"""Authenticates riding-shop till systems calling the stock API.

Each stockist is provisioned with a key through the deployment
secrets; the key for the shop code in the request path must be
presented in the X-Stockist-Key header.
"""
import json
import os
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, Path

from stock.repository import StockRepository

app = FastAPI(title="Stockist stock API")


@lru_cache(maxsize=1)
def _provisioned_keys() -> dict[str, str]:
    return json.loads(os.environ["STOCKIST_API_KEYS"])


class StockistPrincipal:
    def __init__(self, shop_code: str):
        self.shop_code = shop_code


def require_stockist(
    shop_code: str = Path(..., min_length=3, max_length=12),
    x_stockist_key: str = Header(...),
) -> StockistPrincipal:
    keys = _provisioned_keys()
    configured = keys.get(shop_code.upper())
    if configured is None or configured != x_stockist_key:
        raise HTTPException(status_code=401, detail="unknown stockist or key")
    return StockistPrincipal(shop_code.upper())


@app.get("/stockists/{shop_code}/stock")
def stock_levels(principal: StockistPrincipal = Depends(require_stockist)):
    repo = StockRepository()
    return {
        "shop": principal.shop_code,
        "items": [
            {"sku": item.sku, "description": item.description, "available": item.available}
            for item in repo.trade_items()
        ],
    }


@app.get("/stockists/{shop_code}/returns")
def open_returns(principal: StockistPrincipal = Depends(require_stockist)):
    repo = StockRepository()
    return {"shop": principal.shop_code, "returns": repo.open_returns(principal.shop_code)}
