"""Unauthenticated public API used by the marketing site and press widgets.

Serves plan prices, supported cities and aggregate stats. No cookies or
auth headers are accepted here; member endpoints live in a separate app.
"""
from __future__ import annotations

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .catalog import list_cities, list_plans
from .stats import public_stats

app = FastAPI(title="public-api", docs_url=None, redoc_url=None)

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Accept", "Content-Type"],
    max_age=86400,
)


@app.get("/v1/plans")
def plans(currency: str = "USD"):
    return {"plans": [p.public_dict() for p in list_plans(currency.upper()[:3])]}


@app.get("/v1/cities")
def cities():
    return {"cities": list_cities()}


@app.get("/v1/stats")
def stats():
    return public_stats()
