"""CORS configuration for the console REST API (FastAPI).

Only the console front-ends listed for the deployment may call the API with
the operator's session cookie.
"""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware


def allowed_origins() -> list[str]:
    raw = os.environ.get("CONSOLE_ALLOWED_ORIGINS", "")
    origins = [o.strip().rstrip("/") for o in raw.split(",") if o.strip()]
    return [o for o in origins if o.startswith("https://")]


def install_cors(app: FastAPI) -> None:
    app.add_middleware(
        CORSMiddleware,
        allow_origins=allowed_origins(),
        allow_credentials=True,
        allow_methods=["GET", "POST", "PUT", "DELETE"],
        allow_headers=["Authorization", "Content-Type", "X-Site-Id"],
        max_age=600,
    )
