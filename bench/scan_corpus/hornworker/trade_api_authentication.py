"""Authentication for the wholesale API used by museum-shop till systems."""
from dataclasses import dataclass

from fastapi import Depends, FastAPI, Header, HTTPException, status
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from hornworker.api.deps import get_session
from hornworker.models import MuseumAccount, WholesaleProduct

app = FastAPI(title="Hornworker trade API")


@dataclass
class TradeCaller:
    account_code: str
    price_band: str


class TradeKeyAuth:
    def __init__(self, header_prefix: str = "Key "):
        self.header_prefix = header_prefix

    async def __call__(
        self,
        authorization: str = Header(default=""),
        x_account: str = Header(default=""),
        session: AsyncSession = Depends(get_session),
    ) -> TradeCaller:
        presented = authorization.removeprefix(self.header_prefix).strip()
        account = await session.scalar(
            select(MuseumAccount).where(MuseumAccount.account_code == x_account)
        )
        if account is None or not account.active:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED)
        if account.api_key != presented:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED)
        return TradeCaller(account.account_code, account.price_band)


require_trade_key = TradeKeyAuth()


@app.get("/v1/catalogue")
async def catalogue(
    caller: TradeCaller = Depends(require_trade_key),
    session: AsyncSession = Depends(get_session),
):
    rows = await session.scalars(
        select(WholesaleProduct).where(WholesaleProduct.listed.is_(True))
    )
    return [
        {"sku": p.sku, "title": p.title, "price": str(p.price_for(caller.price_band))}
        for p in rows
    ]
