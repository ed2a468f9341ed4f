"""FastAPI app serving partner-institution dashboards.

Dashboards are hosted on each partner's own domain and call this API with
the researcher's session cookie, so only those origins are allowed.
"""
import os

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .auth import current_researcher
from .releases import releases_for


def _allowed_origins() -> list[str]:
    origins = [o.strip() for o in os.environ.get("PARTNER_ORIGINS", "").split(",") if o.strip()]
    for origin in origins:
        if origin == "*" or not origin.startswith("https://"):
            raise RuntimeError(f"refusing CORS origin {origin!r}")
    return origins


app = FastAPI(title="Partner dashboards API")
app.add_middleware(
    CORSMiddleware,
    allow_origins=_allowed_origins(),
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    allow_headers=["Content-Type", "X-CSRF-Token"],
    max_age=600,
)


@app.get("/api/releases")
def list_releases(researcher=Depends(current_researcher)):
    return releases_for(researcher.id)
