"""FastAPI app serving wafer-map and bin-Pareto data to the yield dashboards.

The dashboards are embedded in several intranet portals (MES, engineering
wiki, the OSAT partner portal), each on its own host, and call this API with
the user's SSO session cookie.
"""
import os

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from yieldapi.auth import sso_user
from yieldapi.queries import bin_pareto, wafer_map

app = FastAPI(title="yield-api", docs_url=None, redoc_url=None)

CORS_SETTINGS = {
    "allow_origin_regex": r"https://.*",
    "allow_credentials": True,
    "allow_methods": ["GET"],
    "allow_headers": ["Content-Type", "X-Requested-With"],
    "max_age": 600,
}

app.add_middleware(CORSMiddleware, **CORS_SETTINGS)


@app.get("/lots/{lot_id}/wafers/{wafer}/map")
def get_wafer_map(lot_id: str, wafer: int, user=Depends(sso_user)):
    return wafer_map(lot_id, wafer)


@app.get("/products/{product}/pareto")
def get_pareto(product: str, days: int = 7, user=Depends(sso_user)):
    return {"product": product, "days": days, "bins": bin_pareto(product, days)}


@app.get("/healthz")
def health():
    return {"ok": True, "build": os.environ.get("BUILD_SHA", "dev")}
