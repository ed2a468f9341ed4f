"""Public flight status API used by the airline website and partner widgets.

Read-only, unauthenticated, no cookies: any site may embed flight status,
so cross-origin reads are open to everyone.
"""
from datetime import date

from fastapi import FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel

from .status_cache import lookup_status

app = FastAPI(title="Flight Status", docs_url=None, redoc_url=None)
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Accept"],
    max_age=3600,
)


class FlightStatus(BaseModel):
    flight_no: str
    date: date
    origin: str
    destination: str
    status: str
    estimated_departure: str | None = None
    estimated_arrival: str | None = None
    gate: str | None = None


@app.get("/v1/status/{flight_no}/{day}", response_model=FlightStatus)
async def flight_status(flight_no: str, day: date):
    result = await lookup_status(flight_no.upper(), day)
    if result is None:
        raise HTTPException(404, "flight not found")
    return result
