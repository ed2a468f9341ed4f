"""API behind the hospitality box booking pages.

The booking pages are served from the club's marketing domains and call this
API with the supporter's session cookie to hold and confirm boxes.
"""
from __future__ import annotations

import os

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware

BOOKING_SITE_ORIGINS = [
    origin.strip()
    for origin in os.environ.get("BOOKING_SITE_ORIGINS", "").split(",")
    if origin.strip().startswith("https://")
]

app = FastAPI(title="hospitality-bookings")
app.add_middleware(
    CORSMiddleware,
    allow_origins=BOOKING_SITE_ORIGINS,
    allow_credentials=True,
    allow_methods=["GET", "POST", "DELETE"],
    allow_headers=["Content-Type", "X-CSRF-Token"],
    max_age=600,
)


def current_account(request: Request) -> str:
    account = request.scope.get("session", {}).get("account_id")
    if not account:
        raise HTTPException(status_code=401, detail="sign in required")
    return account


@app.get("/boxes")
def list_boxes(fixture_id: str) -> list[dict]:
    from hospitality.inventory import boxes_for_fixture

    return boxes_for_fixture(fixture_id)


@app.post("/boxes/{box_id}/hold")
def hold_box(box_id: str, fixture_id: str, account: str = Depends(current_account)) -> dict:
    from hospitality.inventory import place_hold

    hold = place_hold(box_id=box_id, fixture_id=fixture_id, account_id=account, minutes=15)
    return {"hold_id": hold.id, "expires_at": hold.expires_at.isoformat()}


@app.delete("/holds/{hold_id}")
def release_hold(hold_id: str, account: str = Depends(current_account)) -> dict:
    from hospitality.inventory import release

    release(hold_id=hold_id, account_id=account)
    return {"released": hold_id}
