"""CORS for the embeddable booking widget served on franchise partner sites."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware


def _partner_origins() -> list[str]:
    raw = os.environ.get("WIDGET_PARTNER_ORIGINS", "")
    return [o.strip().rstrip("/") for o in raw.split(",") if o.strip().startswith("https://")]


@dataclass
class WidgetCorsSettings:
    origins: list[str] = field(default_factory=_partner_origins)
    methods: list[str] = field(default_factory=lambda: ["GET", "POST"])
    headers: list[str] = field(default_factory=lambda: ["Content-Type", "X-Widget-Version"])

    def middleware_kwargs(self) -> dict:
        return {
            "allow_origins": self.origins,
            "allow_credentials": True,
            "allow_methods": self.methods,
            "allow_headers": self.headers,
            "max_age": 600,
        }


def create_app(settings: WidgetCorsSettings | None = None) -> FastAPI:
    settings = settings or WidgetCorsSettings()
    app = FastAPI(title="JumpZone booking widget")
    app.add_middleware(CORSMiddleware, **settings.middleware_kwargs())

    @app.get("/widget/availability/{site_code}")
    async def availability(site_code: str, day: str, request: Request):
        from .availability import slots_for

        return {"site": site_code, "day": day, "slots": await slots_for(site_code, day)}

    @app.post("/widget/hold")
    async def hold_slot(request: Request):
        from .availability import place_hold

        payload = await request.json()
        hold = await place_hold(payload["site"], payload["slot_id"], int(payload["jumpers"]))
        return {"hold_id": hold.id, "expires_at": hold.expires_at.isoformat()}

    return app
