"""Public outage-map feed embedded on the utility website and by local news sites.

Read-only and anonymous: it serves the same GeoJSON to everyone, no cookies,
no auth headers.
"""
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .outages import active_outages, planned_outages

app = FastAPI(title="Outage map feed", docs_url=None, redoc_url=None)

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=[],
    max_age=600,
)


def _feature(outage) -> dict:
    return {
        "type": "Feature",
        "geometry": outage.area_geojson,
        "properties": {
            "id": outage.public_id,
            "kind": outage.kind,
            "status": outage.status,
            "customers_affected": outage.customers_affected,
            "estimated_restore": outage.estimated_restore.isoformat() if outage.estimated_restore else None,
        },
    }


@app.get("/v1/outages.geojson")
def outages_geojson(include_planned: bool = False):
    items = list(active_outages())
    if include_planned:
        items.extend(planned_outages())
    return {"type": "FeatureCollection", "features": [_feature(o) for o in items]}
