"""FastAPI entrypoint for the booking API used by our web and agent front-ends."""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .routers import bookings, fares, travellers


def _allowed_origins() -> list[str]:
    raw = os.environ.get("BOOKING_API_ALLOWED_ORIGINS", "")
    return [o.strip() for o in raw.split(",") if o.strip().startswith("https://")]


CORS_SETTINGS = {
    "allow_origins": _allowed_origins(),
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "PUT", "DELETE"],
    "allow_headers": ["Content-Type", "X-CSRF-Token"],
    "max_age": 600,
}

app = FastAPI(title="Booking API", docs_url=None, redoc_url=None)
app.add_middleware(CORSMiddleware, **CORS_SETTINGS)

app.include_router(bookings.router, prefix="/v1/bookings")
app.include_router(fares.router, prefix="/v1/fares")
app.include_router(travellers.router, prefix="/v1/travellers")

# Public fare widget embedded on partner sites. Deployed as its own service
# (uvicorn booking_api:widget) on the widget host: anonymous, read-only, no cookies.
widget = FastAPI(title="Fare widget", docs_url=None, redoc_url=None)
widget.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=False, allow_methods=["GET"])
widget.include_router(fares.public_router, prefix="/v1")


@app.get("/healthz")
def healthz() -> dict:
    return {"status": "ok"}
