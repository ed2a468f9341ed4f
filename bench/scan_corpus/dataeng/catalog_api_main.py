"""FastAPI entry point for the data catalog API."""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from catalog.routers import datasets, lineage, search

ALLOWED_ORIGINS = [
    origin.strip()
    for origin in os.environ.get("CATALOG_CORS_ORIGINS", "").split(",")
    if origin.strip()
]

app = FastAPI(title="Data Catalog API", version="2.4.0")

# BI plugin and notebook extension call the API from their own origins with the session cookie
app.add_middleware(
    CORSMiddleware,
    allow_origins=ALLOWED_ORIGINS,
    allow_credentials=True,
    allow_methods=["GET", "POST", "PATCH", "DELETE"],
    allow_headers=["Authorization", "Content-Type"],
)

app.include_router(datasets.router, prefix="/api/datasets")
app.include_router(lineage.router, prefix="/api/lineage")
app.include_router(search.router, prefix="/api/search")


@app.get("/healthz")
def healthz():
    return {"status": "ok"}
