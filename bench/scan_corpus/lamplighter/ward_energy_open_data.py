"""Open-data API publishing street-lighting energy use per ward.

Councils publish monthly kWh and carbon figures for their lighting stock.
The data is public and anonymous, and is fetched from dashboards hosted on
many different sites, so any origin may read it without credentials.
"""
from __future__ import annotations

from fastapi import FastAPI, HTTPException, Query
from fastapi.middleware.cors import CORSMiddleware
from sqlalchemy import select

from lamplighter.db import async_session
from lamplighter.models import WardEnergyMonth
from lamplighter.settings import settings

app = FastAPI(title="Street lighting energy open data", docs_url="/docs")
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=False, allow_methods=["GET"], allow_headers=["Accept"])

CARBON_FACTOR = settings.GRID_CARBON_KG_PER_KWH


@app.get("/v1/wards/{ward_code}/energy")
async def ward_energy(ward_code: str, year: int = Query(..., ge=2015, le=2100)) -> dict:
    async with async_session() as session:
        rows = (
            await session.scalars(
                select(WardEnergyMonth)
                .where(WardEnergyMonth.ward_code == ward_code.upper(), WardEnergyMonth.year == year)
                .order_by(WardEnergyMonth.month)
            )
        ).all()
    if not rows:
        raise HTTPException(status_code=404, detail="no data for ward/year")
    return {
        "ward": ward_code.upper(),
        "year": year,
        "months": [
            {
                "month": r.month,
                "kwh": round(r.kwh, 1),
                "kg_co2e": round(r.kwh * CARBON_FACTOR, 1),
                "lamps": r.lamp_count,
            }
            for r in rows
        ],
    }
