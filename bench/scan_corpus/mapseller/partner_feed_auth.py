"""Authentication for the partner stock feed (dealers syndicating our listings)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException
from sqlalchemy import create_engine, text

app = FastAPI(title="Mapseller partner feed")


@lru_cache
def engine():
    return create_engine(os.environ["FEED_DATABASE_URL"], pool_pre_ping=True)


@dataclass
class Partner:
    id: int
    name: str
    feed_secret: str
    regions: list[str]


def _load_partner(partner_id: int) -> Partner | None:
    with engine().connect() as conn:
        row = conn.execute(
            text("SELECT id, name, feed_secret, regions FROM partners WHERE id = :id AND active"),
            {"id": partner_id},
        ).mappings().first()
    return Partner(**row) if row else None


def authenticated_partner(
    x_partner_id: int = Header(...), x_feed_key: str = Header(...)
) -> Partner:
    partner = _load_partner(x_partner_id)
    if partner is None or x_feed_key != partner.feed_secret:
        raise HTTPException(status_code=401, detail="invalid partner credentials")
    return partner


@app.get("/feed/listings")
def listings(partner: Partner = Depends(authenticated_partner), since: str | None = None):
    query = (
        "SELECT ref, title, cartographer, year, region, price_gbp FROM listings "
        "WHERE published AND region = ANY(:regions)"
    )
    params: dict = {"regions": partner.regions}
    if since:
        query += " AND updated_at >= :since"
        params["since"] = since
    with engine().connect() as conn:
        rows = conn.execute(text(query), params).mappings().all()
    return {"partner": partner.name, "count": len(rows), "items": [dict(r) for r in rows]}
