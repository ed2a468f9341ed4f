"""Store manager web console for the kiosks in a restaurant.

Served by the in-store edge server; the manager signs in with their
back-office account and can pause kiosks, mark items as sold out and view
today's kiosk sales. The SPA is hosted on several regional domains, so the
API has to accept cross-origin requests with the session cookie.
"""
from __future__ import annotations

from fastapi import Depends, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel

from .fleet import KioskFleet, get_fleet
from .sessions import ManagerSession, require_manager

CORS_SETTINGS = dict(
    allow_origin_regex=r"https?://.*",
    allow_credentials=True,
    allow_methods=["GET", "POST", "PUT", "DELETE"],
    allow_headers=["Content-Type", "X-Requested-With"],
    max_age=600,
)


class SoldOutUpdate(BaseModel):
    sku: str
    sold_out: bool


def create_app() -> FastAPI:
    app = FastAPI(title="Kiosk manager console", docs_url=None, redoc_url=None)
    app.add_middleware(CORSMiddleware, **CORS_SETTINGS)

    @app.get("/api/kiosks")
    def list_kiosks(fleet: KioskFleet = Depends(get_fleet), _m: ManagerSession = Depends(require_manager)):
        return [k.summary() for k in fleet.all()]

    @app.post("/api/kiosks/{kiosk_id}/pause")
    def pause_kiosk(kiosk_id: str, fleet: KioskFleet = Depends(get_fleet), _m: ManagerSession = Depends(require_manager)):
        kiosk = fleet.get(kiosk_id)
        if kiosk is None:
            raise HTTPException(404, "unknown kiosk")
        kiosk.pause(reason="manager")
        return {"paused": True}

    @app.put("/api/menu/sold-out")
    def set_sold_out(update: SoldOutUpdate, fleet: KioskFleet = Depends(get_fleet), _m: ManagerSession = Depends(require_manager)):
        fleet.broadcast_availability(update.sku, available=not update.sold_out)
        return {"sku": update.sku, "sold_out": update.sold_out}

    return app
