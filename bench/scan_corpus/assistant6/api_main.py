"""FastAPI entry point for the customer portal API."""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .routers import accounts, orders, profile

app = FastAPI(title="Customer Portal API", version=os.environ.get("APP_VERSION", "dev"))

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["GET", "POST", "PUT", "DELETE"],
    allow_headers=["Authorization", "Content-Type"],
)

app.include_router(accounts.router, prefix="/accounts")
app.include_router(orders.router, prefix="/orders")
app.include_router(profile.router, prefix="/profile")


@app.get("/healthz")
def healthz() -> dict:
    return {"ok": True}
