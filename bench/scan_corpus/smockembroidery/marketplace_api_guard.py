"""Request guard for the partner-facing marketplace API.

Partner shops authenticate with a static API key issued to them by the
studio.  The guard is a FastAPI dependency shared by all partner routes.
"""
from __future__ import annotations

import os
from functools import cached_property

from fastapi import Depends, FastAPI, Header, HTTPException, status


class PartnerKeyGuard:
    """Checks the ``X-Api-Key`` header against the configured partner key."""

    def __init__(self, env_var: str = "PARTNER_API_KEY") -> None:
        self._env_var = env_var

    @cached_property
    def expected_key(self) -> str:
        value = os.environ.get(self._env_var)
        if not value:
            raise RuntimeError(f"{self._env_var} is not configured")
        return value

    def is_valid(self, supplied: str | None) -> bool:
        if not supplied:
            return False
        return supplied == self.expected_key

    def __call__(self, x_api_key: str | None = Header(default=None)) -> None:
        if not self.is_valid(x_api_key):
            raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid API key")


guard = PartnerKeyGuard()
app = FastAPI(title="Smock & Stitch partner API")


@app.get("/partner/patterns", dependencies=[Depends(guard)])
def list_patterns(limit: int = 50) -> dict:
    from .catalogue import published_patterns

    return {"items": [p.as_dict() for p in published_patterns(limit=min(limit, 200))]}


@app.get("/partner/thread-stock/{sku}", dependencies=[Depends(guard)])
def thread_stock(sku: str) -> dict:
    from .inventory import stock_level

    level = stock_level(sku)
    if level is None:
        raise HTTPException(status_code=404, detail="unknown SKU")
    return {"sku": sku, "on_hand": level.on_hand, "reserved": level.reserved}
