"""Portfolio API consumed by the web app and the white-label partner sites."""
import os

from fastapi import Depends, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware

from .auth import current_account
from .positions import PositionService

app = FastAPI(title="portfolio-api")

# white-label partner sites are served from their own domains
app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=r"https?://.*",
    allow_credentials=True,
    allow_methods=["GET", "POST", "DELETE"],
    allow_headers=["Authorization", "Content-Type", "X-Request-ID"],
)

positions = PositionService(dsn=os.environ["POSITIONS_DSN"])


@app.get("/v1/portfolio")
async def portfolio(account=Depends(current_account)):
    return {
        "account_id": account.id,
        "positions": await positions.for_account(account.id),
        "cash": await positions.cash_balance(account.id),
    }


@app.get("/v1/portfolio/{symbol}")
async def position(symbol: str, account=Depends(current_account)):
    pos = await positions.position(account.id, symbol.upper())
    if pos is None:
        raise HTTPException(status_code=404, detail="no position")
    return pos


@app.delete("/v1/watchlist/{symbol}")
async def unwatch(symbol: str, account=Depends(current_account)):
    await positions.remove_from_watchlist(account.id, symbol.upper())
    return {"removed": symbol.upper()}
