"""Public, unauthenticated tracking endpoint embedded by shops in their order pages.

Only the coarse milestone history is returned; no addresses, names or POD data.
No cookies or auth headers are involved, so any site may call it from the browser.
"""
from fastapi import FastAPI, HTTPException, Path
from fastapi.middleware.cors import CORSMiddleware

from .shipments import public_milestones

app = FastAPI(title="Public tracking", docs_url=None, redoc_url=None)

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Accept"],
    max_age=3600,
)


@app.get("/v1/track/{tracking_number}")
def track(tracking_number: str = Path(..., pattern=r"^[A-Z0-9]{10,22}$")):
    milestones = public_milestones(tracking_number)
    if milestones is None:
        raise HTTPException(status_code=404, detail="unknown tracking number")
    return {
        "tracking_number": tracking_number,
        "milestones": [
            {"code": m.code, "label": m.label, "at": m.occurred_at.isoformat(), "city": m.city}
            for m in milestones
        ],
    }
