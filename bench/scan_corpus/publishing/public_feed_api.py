"""Public, read-only headlines API consumed by partner widgets and aggregators.

No authentication: everything here is already on the public homepage.
"""
from datetime import datetime

from fastapi import FastAPI, Query
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel

from newsroom.published import latest_headlines, section_headlines

app = FastAPI(title="Headlines API", docs_url=None, redoc_url=None)

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Accept"],
    max_age=3600,
)


class Headline(BaseModel):
    id: int
    headline: str
    standfirst: str
    url: str
    section: str
    published_at: datetime


@app.get("/v1/headlines", response_model=list[Headline])
def headlines(limit: int = Query(20, ge=1, le=50)):
    return latest_headlines(limit=limit)


@app.get("/v1/sections/{section}/headlines", response_model=list[Headline])
def headlines_for_section(section: str, limit: int = Query(20, ge=1, le=50)):
    return section_headlines(section=section, limit=limit)
