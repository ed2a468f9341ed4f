"""ASGI application for the public booking widget embedded on partner websites."""
from __future__ import annotations

import os
from typing import Any, Dict

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware


class WidgetSettings:
    session_cookie = "ks_session"
    api_version = "2024-05"

    @property
    def cors(self) -> Dict[str, Any]:
        return {
            "allow_origin_regex": r"https?://.*",
            "allow_methods": ["GET", "POST", "DELETE"],
            "allow_headers": ["Content-Type", "X-Widget-Version"],
        }


class AppFactory:
    def __init__(self, settings: WidgetSettings) -> None:
        self.settings = settings

    def middleware_options(self) -> Dict[str, Any]:
        return {**self.settings.cors, "allow_credentials": True, "max_age": 600}

    def build(self) -> FastAPI:
        app = FastAPI(title="Booking widget API", version=self.settings.api_version)
        app.add_middleware(CORSMiddleware, **self.middleware_options())

        @app.get("/slots")
        def open_slots(spot: str, day: str) -> Dict[str, Any]:
            return {"spot": spot, "day": day, "slots": ["09:00", "11:30", "14:00", "16:30"]}

        @app.post("/holds")
        async def hold_slot(request: Request) -> Dict[str, Any]:
            payload = await request.json()
            session = request.cookies.get(self.settings.session_cookie)
            return {"held": payload.get("slot"), "session": bool(session)}

        return app


app = AppFactory(WidgetSettings()).build()
