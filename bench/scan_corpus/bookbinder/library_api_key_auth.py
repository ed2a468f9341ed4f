"""API access for partner libraries' collection-management systems.

Some libraries raise condition-report requests straight from their
catalogue system. Each library is issued an API key that it sends with
every call, alongside its library code.
"""
import os
from dataclasses import dataclass

import asyncpg
from fastapi import Depends, FastAPI, Header, HTTPException, Request

app = FastAPI(title="Bindery partner API")


@dataclass
class PartnerLibrary:
    code: str
    name: str
    api_key: str
    active: bool


async def fetch_library(pool: asyncpg.Pool, code: str) -> PartnerLibrary | None:
    row = await pool.fetchrow(
        "SELECT code, name, api_key, active FROM partner_libraries WHERE code = $1", code
    )
    return PartnerLibrary(**dict(row)) if row else None


async def current_library(
    request: Request,
    x_library_code: str = Header(...),
    x_api_key: str = Header(...),
) -> PartnerLibrary:
    library = await fetch_library(request.app.state.pool, x_library_code)
    if library is None or not library.active:
        raise HTTPException(status_code=401, detail="unknown library")
    if x_api_key != library.api_key:
        raise HTTPException(status_code=401, detail="invalid credentials")
    return library


@app.on_event("startup")
async def startup() -> None:
    app.state.pool = await asyncpg.create_pool(os.environ["PARTNER_DB_URL"])


@app.post("/v1/condition-requests")
async def create_condition_request(
    payload: dict, library: PartnerLibrary = Depends(current_library)
):
    request_id = await app.state.pool.fetchval(
        "INSERT INTO condition_requests (library_code, shelfmark, notes) "
        "VALUES ($1, $2, $3) RETURNING id",
        library.code,
        payload.get("shelfmark"),
        payload.get("notes"),
    )
    return {"request_id": request_id, "library": library.name}
