"""Public "today's rates" feed embedded by realtor and partner websites.

Read-only, unauthenticated, and the same for every caller, so any site may
fetch it from the browser.
"""
from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

from fastapi import FastAPI, Response
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel

from .pricing_cache import current_par_rates

app = FastAPI(title="Published Rates", docs_url=None, redoc_url=None, openapi_url=None)

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=[],
    max_age=3600,
)


class PublishedRate(BaseModel):
    product: str
    rate: Decimal
    apr: Decimal
    points: Decimal
    as_of: datetime


@app.get("/v1/rates", response_model=list[PublishedRate])
def published_rates(response: Response) -> list[PublishedRate]:
    response.headers["Cache-Control"] = "public, max-age=300"
    now = datetime.now(timezone.utc)
    return [
        PublishedRate(product=r.product, rate=r.rate, apr=r.apr, points=r.points, as_of=r.as_of or now)
        for r in current_par_rates()
    ]
