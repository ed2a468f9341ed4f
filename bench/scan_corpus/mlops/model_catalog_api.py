"""Public, read-only model catalog (model cards, licenses, eval summaries).

Embedded by docs sites and partner pages, so any origin may read it. The
catalog has no user sessions; write operations live in the registry API.
"""
from __future__ import annotations

import os

from fastapi import FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware

from .catalog import CatalogStore

app = FastAPI(title="model-catalog", docs_url=None, redoc_url=None)

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Accept", "Content-Type"],
    max_age=3600,
)

store = CatalogStore(os.environ["CATALOG_SNAPSHOT_PATH"])


@app.get("/v1/models")
def list_models(task: str | None = None, limit: int = 50):
    limit = max(1, min(limit, 200))
    return [m.summary() for m in store.list(task=task)[:limit]]


@app.get("/v1/models/{name}")
def model_card(name: str):
    model = store.get(name)
    if model is None:
        raise HTTPException(404, "unknown model")
    return model.card()


@app.get("/v1/models/{name}/evals")
def model_evals(name: str):
    model = store.get(name)
    if model is None:
        raise HTTPException(404, "unknown model")
    return model.eval_summary()
