"""Public FX and savings-rate endpoints embedded by partner websites.

These endpoints are unauthenticated and read-only; partner sites call them
from the browser, so any origin may read them but no cookies or auth
headers are accepted.
"""
from datetime import datetime, timezone

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from rates.store import current_fx_rates, current_savings_rates

app = FastAPI(title="Public Rates API", docs_url="/docs")

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Accept"],
    max_age=3600,
)


@app.get("/v1/fx")
def fx_rates(base: str = "USD"):
    rates = current_fx_rates(base.upper())
    return {"base": base.upper(), "as_of": datetime.now(timezone.utc).isoformat(), "rates": rates}


@app.get("/v1/savings")
def savings_rates():
    return {"products": current_savings_rates()}
