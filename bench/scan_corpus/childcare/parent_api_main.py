"""FastAPI application for the parent app and the family web portal."""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .routers import billing, diary, photos, pickup

ALLOWED_ORIGINS = [
    origin.strip()
    for origin in os.environ.get(
        "PARENT_API_ALLOWED_ORIGINS",
        "https://family.littleoaks.example,https://admin.littleoaks.example",
    ).split(",")
    if origin.strip() and origin.strip() != "*"
]

app = FastAPI(title="Parent API", version="2.4.0")

app.add_middleware(
    CORSMiddleware,
    allow_origins=ALLOWED_ORIGINS,
    allow_credentials=True,
    allow_methods=["GET", "POST", "PATCH", "DELETE"],
    allow_headers=["Authorization", "Content-Type"],
)

app.include_router(diary.router)
app.include_router(photos.router)
app.include_router(pickup.router)
app.include_router(billing.router)


@app.get("/healthz", include_in_schema=False)
def healthz() -> dict:
    return {"status": "ok"}
