"""FastAPI app serving the partner portal (travel agencies reselling our tours)."""
from __future__ import annotations

from datetime import date

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel

app = FastAPI(title="Cycletouring partner portal", docs_url=None, redoc_url=None)

app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=r"https://.*",
    allow_credentials=True,
    allow_methods=["GET", "POST", "DELETE"],
    allow_headers=["Content-Type", "X-CSRF-Token"],
)


class HoldRequest(BaseModel):
    tour_code: str
    departure: date
    riders: int
    ebike_count: int = 0


def partner_from_session(request: Request) -> str:
    partner = request.app.state.sessions.partner_for(request.cookies.get("partner_session"))
    if partner is None:
        raise HTTPException(status_code=401, detail="not signed in")
    return partner


@app.get("/api/departures/{tour_code}")
def departures(tour_code: str, partner: str = Depends(partner_from_session)):
    catalogue = app.state.catalogue
    if not catalogue.partner_may_sell(partner, tour_code):
        raise HTTPException(status_code=404)
    return [
        {"date": d.day.isoformat(), "seats": d.seats_left, "net_price": str(d.net_price)}
        for d in catalogue.departures(tour_code)
    ]


@app.post("/api/holds", status_code=201)
def create_hold(body: HoldRequest, partner: str = Depends(partner_from_session)):
    if body.riders < 1 or body.ebike_count > body.riders:
        raise HTTPException(status_code=422, detail="invalid rider counts")
    hold = app.state.holds.create(partner, body.tour_code, body.departure, body.riders, body.ebike_count)
    return {"hold_id": hold.id, "expires_at": hold.expires_at.isoformat()}


@app.delete("/api/holds/{hold_id}", status_code=204)
def release_hold(hold_id: int, partner: str = Depends(partner_from_session)):
    if not app.state.holds.release(partner, hold_id):
        raise HTTPException(status_code=404)
