"""Investor KPI API (FastAPI).

Called from the investor web app on its own domain with the session cookie,
so CORS is limited to the app's known origins.
"""

import os

from fastapi import Depends, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware

from investors.auth import InvestorPrincipal, current_investor
from investors.kpis import fund_kpis, fund_monthly_yield

ALLOWED_ORIGINS = [
    o.strip()
    for o in os.environ.get("INVESTOR_APP_ORIGINS", "").split(",")
    if o.strip().startswith("https://")
]

app = FastAPI(title="Investor KPI API")
app.add_middleware(
    CORSMiddleware,
    allow_origins=ALLOWED_ORIGINS,
    allow_credentials=True,
    allow_methods=["GET"],
    allow_headers=["Authorization", "Content-Type"],
    max_age=600,
)


@app.get("/api/funds/{fund_id}/kpis")
def kpis(fund_id: str, investor: InvestorPrincipal = Depends(current_investor)):
    if not investor.can_view(fund_id):
        raise HTTPException(403, "no access to this fund")
    return fund_kpis(fund_id)


@app.get("/api/funds/{fund_id}/yield/{year}")
def monthly_yield(fund_id: str, year: int, investor: InvestorPrincipal = Depends(current_investor)):
    if not investor.can_view(fund_id):
        raise HTTPException(403, "no access to this fund")
    return {"fund_id": fund_id, "year": year, "months": fund_monthly_yield(fund_id, year)}
