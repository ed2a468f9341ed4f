"""API behind the winery dashboard single-page app showing barrel ageing status."""

from __future__ import annotations

import os
from typing import Any, Dict, List

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware


class DashboardOrigins:
    """Front-ends allowed to call the API with the customer's session cookie."""

    production = ["https://dashboard.cooperage-partners.com", "https://cellar.cooperage-partners.com"]

    @classmethod
    def for_environment(cls) -> List[str]:
        extra = [o.strip() for o in os.environ.get("DASHBOARD_EXTRA_ORIGINS", "").split(",") if o.strip()]
        return [*cls.production, *(o for o in extra if o.startswith("https://"))]

    @classmethod
    def middleware_options(cls) -> Dict[str, Any]:
        return {
            "allow_origins": cls.for_environment(),
            "allow_credentials": True,
            "allow_methods": ["GET", "POST"],
            "allow_headers": ["Content-Type", "X-CSRF-Token"],
            "max_age": 600,
        }


app = FastAPI(title="Winery dashboard API")
app.add_middleware(CORSMiddleware, **DashboardOrigins.middleware_options())

AGEING: Dict[str, List[Dict[str, Any]]] = {}


@app.get("/api/barrels/{customer_id}")
def barrels(customer_id: str) -> Dict[str, Any]:
    rows = AGEING.get(customer_id, [])
    return {"customer": customer_id, "count": len(rows), "barrels": rows}


@app.post("/api/barrels/{customer_id}/{serial}/tasting")
def log_tasting(customer_id: str, serial: str, note: Dict[str, Any]) -> Dict[str, Any]:
    for row in AGEING.get(customer_id, []):
        if row.get("serial") == serial:
            row.setdefault("tastings", []).append(note)
            return {"ok": True}
    return {"ok": False}
