"""Inference gateway: routes prediction requests to model servers.

Browser clients (the model playground, internal dashboards on various
subdomains) call the gateway directly with their session cookie.
"""
from __future__ import annotations

import os
import time

import httpx
from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware

from .auth import Caller, caller_from_session
from .routing import RouteTable

app = FastAPI(title="inference-gateway")

app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=r"https?://.*",
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    allow_headers=["Content-Type", "X-Request-Id"],
    max_age=600,
)

routes = RouteTable.from_file(os.environ["GATEWAY_ROUTES_FILE"])
_client = httpx.AsyncClient(timeout=httpx.Timeout(30.0, connect=5.0))


@app.on_event("shutdown")
async def _close_client() -> None:
    await _client.aclose()


@app.get("/healthz")
async def healthz():
    return {"ok": True, "routes": len(routes)}


@app.post("/v1/models/{model}:predict")
async def predict(model: str, request: Request, caller: Caller = Depends(caller_from_session)):
    route = routes.get(model)
    if route is None:
        raise HTTPException(404, f"unknown model {model}")
    if not caller.can_invoke(model):
        raise HTTPException(403, "not allowed")

    started = time.perf_counter()
    upstream = await _client.post(
        f"{route.base_url}/v1/models/{route.served_name}:predict",
        content=await request.body(),
        headers={"Content-Type": "application/json", "X-Caller": caller.id},
    )
    elapsed_ms = (time.perf_counter() - started) * 1000
    if upstream.status_code >= 500:
        raise HTTPException(502, "model server error")
    body = upstream.json()
    body["gateway_latency_ms"] = round(elapsed_ms, 1)
    return body
