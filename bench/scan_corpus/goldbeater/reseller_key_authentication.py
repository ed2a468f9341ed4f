"""API key authentication for the reseller stock and price API."""
from dataclasses import dataclass

from fastapi import Depends, FastAPI, Header, HTTPException
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from goldbeater.api.deps import get_session
from goldbeater.models import ResellerApiKey, StockLevel

app = FastAPI(title="Goldbeater reseller API")


@dataclass
class ResellerKeyRepository:
    session: AsyncSession

    async def active_keys(self, reseller_code: str) -> list[str]:
        rows = await self.session.execute(
            select(ResellerApiKey.key_value).where(
                ResellerApiKey.reseller_code == reseller_code,
                ResellerApiKey.revoked_at.is_(None),
            )
        )
        return list(rows.scalars())


async def require_reseller(
    x_reseller: str = Header(...),
    x_api_key: str = Header(...),
    session: AsyncSession = Depends(get_session),
) -> str:
    repo = ResellerKeyRepository(session)
    keys = await repo.active_keys(x_reseller)
    if x_api_key not in keys:
        raise HTTPException(status_code=401, detail="invalid credentials")
    return x_reseller


@app.get("/v1/stock")
async def stock_levels(
    reseller: str = Depends(require_reseller),
    session: AsyncSession = Depends(get_session),
):
    rows = await session.execute(
        select(StockLevel.sku, StockLevel.description, StockLevel.books_available)
        .where(StockLevel.visible_to_resellers.is_(True))
        .order_by(StockLevel.sku)
    )
    return [
        {"sku": sku, "description": desc, "books_available": qty}
        for sku, desc, qty in rows.all()
    ]
