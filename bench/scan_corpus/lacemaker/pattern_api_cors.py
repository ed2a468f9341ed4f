"""Members API used by the workshop calendar site and the members' app.

Both front ends call this API from the browser with the member's session
cookie to show upcoming workshop bookings and the pattern download library.
"""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from lacemaker.api import bookings, downloads

FIRST_PARTY_ORIGINS = [
    "https://www.lacemaker.example",
    "https://workshops.lacemaker.example",
]


def allowed_origins() -> list[str]:
    configured = os.environ.get("LACEMAKER_EXTRA_ORIGINS", "")
    extra = [o.strip() for o in configured.split(",") if o.strip().startswith("https://")]
    return [*FIRST_PARTY_ORIGINS, *extra]


app = FastAPI(title="Lacemaker members API")
app.add_middleware(
    CORSMiddleware,
    allow_origins=allowed_origins(),
    allow_credentials=True,
    allow_methods=["GET", "POST", "DELETE"],
    allow_headers=["Content-Type", "X-CSRF-Token"],
    max_age=600,
)
app.include_router(bookings.router, prefix="/bookings", tags=["workshops"])
app.include_router(downloads.router, prefix="/downloads", tags=["patterns"])


@app.get("/health")
async def health() -> dict:
    return {"status": "ok"}
