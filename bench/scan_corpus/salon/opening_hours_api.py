"""Public, read-only API with salon locations and opening hours.

Used by the store locator on the marketing site and by partner directories.
No authentication and no cookies, so any site may call it.
"""
from __future__ import annotations

from datetime import date

from fastapi import FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware

from salons.repository import get_salon, list_salons, opening_hours_for

app = FastAPI(title="Salon locations", docs_url=None, redoc_url=None)

CORS_SETTINGS = {
    "allow_origins": ["*"],
    "allow_credentials": False,
    "allow_methods": ["GET"],
    "allow_headers": ["Accept"],
    "max_age": 86400,
}
app.add_middleware(CORSMiddleware, **CORS_SETTINGS)


@app.get("/salons")
def salons(city: str | None = None):
    return [
        {"id": s.id, "name": s.name, "city": s.city, "postcode": s.postcode, "phone": s.phone}
        for s in list_salons(city=city)
    ]


@app.get("/salons/{salon_id}/hours")
def hours(salon_id: int, week_of: date | None = None):
    salon = get_salon(salon_id)
    if salon is None:
        raise HTTPException(status_code=404, detail="Unknown salon")
    return {"salon": salon.name, "hours": opening_hours_for(salon, week_of or date.today())}
