"""Public gateway for the try-on widget on our own and partner storefronts."""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from tryon.routes import router as tryon_router


def _allowed_origins() -> list[str]:
    raw = os.environ.get("TRYON_ALLOWED_ORIGINS", "")
    origins = [o.strip().rstrip("/") for o in raw.split(",") if o.strip()]
    return [o for o in origins if o.startswith("https://")]


CORS_SETTINGS = {
    "allow_origins": _allowed_origins(),
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "DELETE"],
    "allow_headers": ["Content-Type", "X-Requested-With"],
    "max_age": 600,
}

app = FastAPI(title="try-on gateway", docs_url=None, redoc_url=None)
app.add_middleware(CORSMiddleware, **CORS_SETTINGS)
app.include_router(tryon_router, prefix="/v1")


@app.get("/healthz")
def healthz():
    return {"status": "ok"}
