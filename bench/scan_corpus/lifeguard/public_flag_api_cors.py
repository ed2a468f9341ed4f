"""FastAPI app behind the lifeguard web console and the public flag widgets."""

from __future__ import annotations

import os
from typing import Any, Dict, List, Mapping, Optional

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from beachops.flags import current_flags


class CorsPolicy:
    """Console origins are listed per deployment in FLAG_API_CONSOLE_ORIGINS."""

    def __init__(self, environ: Mapping[str, str] = os.environ) -> None:
        raw = environ.get("FLAG_API_CONSOLE_ORIGINS", "")
        self.origins: List[str] = [o.strip() for o in raw.split(",") if o.strip()]
        if "*" in self.origins:
            raise ValueError("console origins must be listed explicitly")

    @property
    def middleware_options(self) -> Dict[str, Any]:
        return {
            "allow_origins": self.origins,
            "allow_credentials": True,
            "allow_methods": ["GET", "PUT"],
            "allow_headers": ["Authorization", "Content-Type"],
            "max_age": 600,
        }


def build_app(policy: Optional[CorsPolicy] = None) -> FastAPI:
    policy = policy or CorsPolicy()
    app = FastAPI(title="Beach Flag Status")
    app.add_middleware(CORSMiddleware, **policy.middleware_options)

    @app.get("/flags")
    def flags() -> Dict[str, Any]:
        return {"flags": current_flags()}

    @app.get("/flags/{beach_id}")
    def beach_flags(beach_id: str) -> Dict[str, Any]:
        return {"beach": beach_id, "flags": current_flags(beach_id)}

    return app


app = build_app()
