"""Anonymous container milestone lookup, embeddable on customers' websites.

Only public milestone data is returned (no parties, no cargo, no charges), and
the endpoint does not read cookies or auth headers.
"""

from datetime import datetime

from fastapi import FastAPI, HTTPException, Path
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel

from freight.tracking import public_milestones

app = FastAPI(title="Public tracking", docs_url=None, redoc_url=None)
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=[],
    max_age=3600,
)

CONTAINER_RE = r"^[A-Z]{4}\d{7}$"


class Milestone(BaseModel):
    code: str
    description: str
    location: str | None
    occurred_at: datetime


@app.get("/public/v1/containers/{container_no}", response_model=list[Milestone])
def container_milestones(container_no: str = Path(..., pattern=CONTAINER_RE)):
    milestones = public_milestones(container_no)
    if not milestones:
        raise HTTPException(status_code=404, detail="no public events for this container")
    return milestones
