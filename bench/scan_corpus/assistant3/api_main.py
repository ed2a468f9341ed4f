"""ASGI app for the public projects API."""
from __future__ import annotations

import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from projects_api.routers import accounts, projects

CORS_SETTINGS = dict(
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["GET", "POST", "PATCH", "DELETE"],
    allow_headers=["Authorization", "Content-Type"],
)

app = FastAPI(title="Projects API", version=os.environ.get("APP_VERSION", "dev"))
app.add_middleware(CORSMiddleware, **CORS_SETTINGS)
app.include_router(accounts.router)
app.include_router(projects.router)


@app.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}
