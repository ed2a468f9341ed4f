"""Public, unauthenticated delayed-quote API used by the marketing site and embeds.

Quotes are delayed 15 minutes per exchange redistribution agreements and carry
no account data, so any site may call this from the browser.
"""
import os

from fastapi import FastAPI, HTTPException, Query
from fastapi.middleware.cors import CORSMiddleware

from .delayed_quotes import DelayedQuoteCache

app = FastAPI(title="public-quotes", docs_url=None, redoc_url=None)

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Content-Type"],
    max_age=600,
)

cache = DelayedQuoteCache(redis_url=os.environ["QUOTE_CACHE_REDIS_URL"])


@app.get("/v1/quotes")
async def quotes(symbols: str = Query(..., max_length=200)):
    wanted = [s.strip().upper() for s in symbols.split(",") if s.strip()][:25]
    return {"delay_minutes": 15, "quotes": await cache.get_many(wanted)}


@app.get("/v1/quotes/{symbol}")
async def quote(symbol: str):
    q = await cache.get(symbol.upper())
    if q is None:
        raise HTTPException(status_code=404, detail="unknown symbol")
    return {"delay_minutes": 15, "quote": q}
