"""ASGI app for the buyer reservations API.

The portal front-end runs on the company's own web origins; partner
retailers embed the availability widget from their own allow-listed sites.
"""
from __future__ import annotations

import os
from typing import List

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware


def allowed_origins() -> List[str]:
    configured = os.environ.get("BUYER_PORTAL_ORIGINS", "")
    origins = [o.strip().rstrip("/") for o in configured.split(",") if o.strip()]
    return [o for o in origins if o.startswith("https://")]


def create_app() -> FastAPI:
    app = FastAPI(title="buyer-reservations")
    app.add_middleware(
        CORSMiddleware,
        allow_origins=allowed_origins(),
        allow_credentials=True,
        allow_methods=["GET", "POST", "DELETE"],
        allow_headers=["Content-Type", "X-CSRF-Token"],
        max_age=600,
    )

    @app.get("/availability")
    async def availability(request: Request):
        return {"weeks": [], "currency": "NOK"}

    @app.post("/reservations")
    async def reserve(request: Request):
        body = await request.json()
        return {"batch": body.get("batch_id"), "status": "pending"}

    @app.delete("/reservations/{reservation_id}")
    async def cancel(reservation_id: int):
        return {"cancelled": reservation_id}

    return app


app = create_app()
