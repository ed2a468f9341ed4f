"""FastAPI app serving the customer portal's JSON API."""
import os

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from portal.auth import current_customer
from portal.repo import list_invoices, get_subscription

CORS_SETTINGS = {
    "allow_origins": ["*"],
    "allow_methods": ["GET", "POST", "PATCH"],
    "allow_headers": ["Authorization", "Content-Type"],
    "allow_credentials": True,
}

app = FastAPI(title="Billing Portal API", docs_url=None if os.environ.get("ENV") == "prod" else "/docs")
app.add_middleware(CORSMiddleware, **CORS_SETTINGS)


@app.get("/api/subscription")
async def subscription(customer=Depends(current_customer)):
    return await get_subscription(customer["customer_id"])


@app.get("/api/invoices")
async def invoices(limit: int = 20, customer=Depends(current_customer)):
    return await list_invoices(customer["customer_id"], limit=min(limit, 100))
