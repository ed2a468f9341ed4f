"""Public, read-only outage feed consumed by the map widget, news sites and
county emergency management dashboards. No authentication, no cookies."""
from __future__ import annotations

import os

from fastapi import FastAPI, Response
from fastapi.middleware.cors import CORSMiddleware

from .oms import OmsClient

app = FastAPI(title="Public outage feed", docs_url=None, redoc_url=None)
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=[],
    max_age=3600,
)

oms = OmsClient(os.environ["OMS_API_URL"])


@app.get("/v1/outages.geojson")
def outages(response: Response):
    response.headers["Cache-Control"] = "public, max-age=60"
    features = [
        {
            "type": "Feature",
            "geometry": inc.footprint_geojson,
            "properties": {
                "id": inc.public_id,
                "customersOut": inc.customers_out,
                "cause": inc.public_cause,
                "etr": inc.etr.isoformat() if inc.etr else None,
            },
        }
        for inc in oms.active_incidents()
    ]
    return {"type": "FeatureCollection", "features": features}


@app.get("/v1/summary")
def summary():
    incidents = oms.active_incidents()
    return {
        "incidents": len(incidents),
        "customersOut": sum(i.customers_out for i in incidents),
    }
