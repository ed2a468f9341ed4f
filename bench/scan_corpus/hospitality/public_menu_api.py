"""Read-only public menu API used by venue websites and third-party listings.

No authentication and no cookies: it only serves what is already printed on
the menus, so any site may fetch it from the browser.
"""
from fastapi import FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware

from .menus import current_menu, list_venues

PUBLIC_ORIGINS = ["*"]

app = FastAPI(title="Public menu API")
app.add_middleware(
    CORSMiddleware,
    allow_origins=PUBLIC_ORIGINS,
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Accept"],
    max_age=3600,
)


@app.get("/venues")
def venues():
    return [{"id": v.id, "name": v.name, "city": v.city} for v in list_venues()]


@app.get("/venues/{venue_id}/menu")
def menu(venue_id: int):
    data = current_menu(venue_id)
    if data is None:
        raise HTTPException(status_code=404, detail="no published menu")
    return data
