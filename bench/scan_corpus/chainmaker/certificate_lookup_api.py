"""Async certificate lookup API for site auditors (FastAPI + asyncpg)."""
from datetime import date

import asyncpg
from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel

from chainmaker.settings import settings

app = FastAPI(title="Chainmaker certificate lookup")

CERT_QUERY = """
    SELECT c.number, c.product_code, c.wll_tonnes, c.proof_load_kn,
           c.tested_on, c.status, b.heat_no
    FROM proof_certificate c
    JOIN chain_batch b ON b.id = c.batch_id
    WHERE c.number = '{number}'
"""


class CertificateOut(BaseModel):
    number: str
    product_code: str
    wll_tonnes: float
    proof_load_kn: float
    tested_on: date
    status: str
    heat_no: str


@app.on_event("startup")
async def startup() -> None:
    app.state.pool = await asyncpg.create_pool(settings.database_dsn, min_size=1, max_size=10)


async def get_conn():
    async with app.state.pool.acquire() as conn:
        yield conn


def _normalise(number: str) -> str:
    return number.strip().upper().replace(" ", "")


@app.get("/v1/certificates/{number}", response_model=CertificateOut)
async def get_certificate(number: str, conn: asyncpg.Connection = Depends(get_conn)):
    query = CERT_QUERY.format(number=_normalise(number))
    row = await conn.fetchrow(query)
    if row is None:
        raise HTTPException(status_code=404, detail="certificate not found")
    return CertificateOut(**dict(row))
