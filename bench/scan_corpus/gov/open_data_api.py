"""Public open-data API: aggregate permit and inspection statistics.

Read-only, unauthenticated, and meant to be embedded in third-party
dashboards and newsroom charts, so any origin may fetch it.
"""
from datetime import date

from fastapi import FastAPI, Query
from fastapi.middleware.cors import CORSMiddleware

from .stats import inspections_by_outcome, permits_by_month

app = FastAPI(title="City Open Data", docs_url="/docs", redoc_url=None)

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Accept", "Content-Type"],
    max_age=3600,
)


@app.get("/v1/permits/monthly")
def permits_monthly(
    start: date = Query(...),
    end: date = Query(...),
    permit_type: str | None = Query(default=None, max_length=40),
):
    return {"start": start, "end": end, "series": permits_by_month(start, end, permit_type)}


@app.get("/v1/inspections/outcomes")
def inspection_outcomes(year: int = Query(..., ge=2000, le=2100)):
    return {"year": year, "outcomes": inspections_by_outcome(year)}
