"""FastAPI entrypoint for the buyer/seller messaging service."""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .routers import conversations, attachments

ALLOWED_ORIGINS = [
    o.strip()
    for o in os.environ.get(
        "CORS_ORIGINS", "https://market.example.com,https://sell.market.example.com"
    ).split(",")
    if o.strip()
]

app = FastAPI(title="marketplace-messaging")
app.add_middleware(
    CORSMiddleware,
    allow_origins=ALLOWED_ORIGINS,
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    allow_headers=["Authorization", "Content-Type"],
)
app.include_router(conversations.router)
app.include_router(attachments.router)
