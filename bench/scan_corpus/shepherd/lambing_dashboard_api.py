"""API for the lambing dashboard used by the shepherds during the season.

The dashboard front end is served from the station's own site and the
vet practice's portal, both of which call this API with the signed-in
shepherd's session cookie.
"""
from datetime import date, timedelta

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from shepherd.auth import current_shepherd
from shepherd.lambing import repo
from shepherd.settings import settings

app = FastAPI(title="Lambing dashboard")

DASHBOARD_ORIGINS = [
    f"https://{settings.station_domain}",
    f"https://lambing.{settings.station_domain}",
    settings.vet_portal_origin,
]

app.add_middleware(CORSMiddleware, allow_origins=DASHBOARD_ORIGINS, allow_credentials=True, allow_methods=["GET", "POST"], allow_headers=["Content-Type"])


@app.get("/lambing/today")
async def today(shepherd=Depends(current_shepherd)):
    events = await repo.events_on(date.today())
    return {
        "born": sum(e.lambs for e in events if e.kind == "birth"),
        "assisted": sum(1 for e in events if e.kind == "assisted"),
        "losses": sum(e.lambs for e in events if e.kind == "loss"),
    }


@app.get("/lambing/paddocks")
async def paddocks(days: int = 3, shepherd=Depends(current_shepherd)):
    since = date.today() - timedelta(days=days)
    rows = await repo.paddock_totals(since)
    return [
        {"paddock": r.paddock, "ewes_lambed": r.ewes, "lambs": r.lambs, "percent": round(100 * r.lambs / max(r.ewes, 1))}
        for r in rows
    ]


@app.post("/lambing/events")
async def record_event(event: repo.LambingEventIn, shepherd=Depends(current_shepherd)):
    saved = await repo.add_event(event, recorded_by=shepherd.id)
    return {"id": saved.id}
