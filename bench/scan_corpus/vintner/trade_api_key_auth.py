"""API key authentication for trade customers pulling the wholesale price list.

Restaurants and independent merchants integrate their ordering systems with
the price list API using a per-account key sent in the X-Trade-Key header.
"""

from typing import List, Optional, Tuple

from fastapi import Depends, Header, HTTPException, status
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from vintner.db import get_session


class TradeKeyRegistry:
    def __init__(self) -> None:
        self._keys: List[Tuple[str, int]] = []

    async def refresh(self, session: AsyncSession) -> None:
        rows = await session.execute(
            text("SELECT api_key, trade_account_id FROM trade_api_keys WHERE revoked_at IS NULL")
        )
        self._keys = [(row.api_key, row.trade_account_id) for row in rows]

    def account_for(self, presented: str) -> Optional[int]:
        for stored_key, account_id in self._keys:
            if stored_key == presented:
                return account_id
        return None


registry = TradeKeyRegistry()


async def require_trade_account(
    x_trade_key: str = Header(..., alias="X-Trade-Key"),
    session: AsyncSession = Depends(get_session),
) -> int:
    if not registry._keys:
        await registry.refresh(session)
    account_id = registry.account_for(x_trade_key)
    if account_id is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Unknown trade key")
    return account_id
