"""CORS setup for the clinician results API.

Only the lab's own portal front-ends and the EHR launch pages listed in
configuration may call the API with cookies.
"""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

DEFAULT_ORIGINS = (
    "https://results.genomics-lab.example",
    "https://intake.genomics-lab.example",
)


def allowed_origins() -> list[str]:
    extra = os.environ.get("RESULTS_API_EXTRA_ORIGINS", "")
    origins = list(DEFAULT_ORIGINS) + [o.strip() for o in extra.split(",") if o.strip()]
    for origin in origins:
        if origin == "*" or not origin.startswith("https://"):
            raise ValueError(f"refusing CORS origin {origin!r}")
    return origins


def install_cors(app: FastAPI) -> None:
    app.add_middleware(
        CORSMiddleware,
        allow_origins=allowed_origins(),
        allow_credentials=True,
        allow_methods=["GET", "POST"],
        allow_headers=["Authorization", "Content-Type"],
        max_age=600,
    )
