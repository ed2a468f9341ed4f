"""FastAPI entry point for the partner dashboard API."""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .routers import dashboards

ALLOWED_ORIGINS = [
    o.strip()
    for o in os.environ.get("CORS_ORIGINS", "https://dashboard.example.com").split(",")
    if o.strip() and o.strip() != "*"
]

app = FastAPI(title="Partner Dashboard API")
app.add_middleware(
    CORSMiddleware,
    allow_origins=ALLOWED_ORIGINS,
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    allow_headers=["Authorization", "Content-Type"],
)
app.include_router(dashboards.router)
