"""API for the delivery partner dashboard showing live parlour stock."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware


def _origins_from_env() -> list[str]:
    raw = os.environ.get("PARTNER_DASHBOARD_ORIGINS", "")
    return [o.strip() for o in raw.split(",") if o.strip().startswith("https://")]


@dataclass
class CorsSettings:
    origins: list[str] = field(default_factory=_origins_from_env)
    methods: list[str] = field(default_factory=lambda: ["GET"])
    headers: list[str] = field(default_factory=lambda: ["Authorization", "Content-Type"])

    def middleware_kwargs(self) -> dict[str, object]:
        return {
            "allow_origins": self.origins,
            "allow_credentials": True,
            "allow_methods": self.methods,
            "allow_headers": self.headers,
        }


app = FastAPI(title="Partner stock dashboard")
app.add_middleware(CORSMiddleware, **CorsSettings().middleware_kwargs())


def partner_session(request: Request) -> str:
    partner = request.cookies.get("partner_session")
    if not partner:
        raise HTTPException(status_code=401)
    return partner


@app.get("/parlours/{parlour_id}/stock")
def parlour_stock(parlour_id: str, partner: str = Depends(partner_session)) -> dict[str, object]:
    return {"parlour": parlour_id, "partner": partner, "tubs": {"vanilla": 12, "pistachio": 4}}
