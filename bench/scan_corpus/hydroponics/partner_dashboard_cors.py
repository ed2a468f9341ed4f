"""FastAPI app behind the partner farm dashboard, shared with approved storefront domains."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from fastapi import Depends, FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware


def _origins_from_env(var: str = "PARTNER_DASHBOARD_ORIGINS") -> list[str]:
    raw = os.environ.get(var, "")
    return [origin.strip().rstrip("/") for origin in raw.split(",") if origin.strip().startswith("https://")]


@dataclass
class CorsSettings:
    allow_origins: list[str] = field(default_factory=_origins_from_env)
    allow_credentials: bool = True
    allow_methods: list[str] = field(default_factory=lambda: ["GET", "POST"])
    allow_headers: list[str] = field(default_factory=lambda: ["Content-Type", "X-CSRF-Token"])
    max_age: int = 600

    def middleware_kwargs(self) -> dict:
        return {
            "allow_origins": self.allow_origins,
            "allow_credentials": self.allow_credentials,
            "allow_methods": self.allow_methods,
            "allow_headers": self.allow_headers,
            "max_age": self.max_age,
        }


def partner_session(request: Request) -> dict:
    from .sessions import load_partner_session

    return load_partner_session(request.cookies.get("partner_session"))


def create_app(cors: CorsSettings | None = None) -> FastAPI:
    cors = cors or CorsSettings()
    app = FastAPI(title="Partner Dashboard API")
    app.add_middleware(CORSMiddleware, **cors.middleware_kwargs())

    @app.get("/api/standing-orders")
    def standing_orders(session: dict = Depends(partner_session)) -> dict:
        from .orders import standing_orders_for

        return {"partner": session["partner_id"], "orders": standing_orders_for(session["partner_id"])}

    @app.get("/api/availability")
    def availability() -> dict:
        from .inventory import weekly_availability

        return {"weeks": weekly_availability()}

    return app
