"""FastAPI entry point for the patient lab-results portal."""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .routers import results

ALLOWED_ORIGINS = [
    o.strip() for o in os.environ.get(
        "PORTAL_ORIGINS", "https://results.cityhealth.org,https://app.cityhealth.org"
    ).split(",") if o.strip()
]

app = FastAPI(title="Results Portal")
app.add_middleware(
    CORSMiddleware,
    allow_origins=ALLOWED_ORIGINS,
    allow_credentials=True,
    allow_methods=["GET"],
    allow_headers=["Authorization"],
)
app.include_router(results.router, prefix="/results")
