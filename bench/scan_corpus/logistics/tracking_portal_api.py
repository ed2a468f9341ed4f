"""API behind the customer tracking portal (single-page app on the customer's own domain).

Customers sign in on the portal and the session cookie is sent with every
XHR call to this API.
"""
from fastapi import Depends, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware

from .auth import portal_user
from .shipments import list_customer_shipments, shipment_timeline

app = FastAPI(title="Tracking portal API")

app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True,
                   allow_methods=["GET", "POST"], allow_headers=["Content-Type", "X-Requested-With"])


@app.get("/api/shipments")
def shipments(status: str | None = None, page: int = 1, user=Depends(portal_user)):
    return list_customer_shipments(user.customer_id, status=status, page=max(page, 1))


@app.get("/api/shipments/{reference}/timeline")
def timeline(reference: str, user=Depends(portal_user)):
    events = shipment_timeline(user.customer_id, reference)
    if events is None:
        raise HTTPException(status_code=404, detail="shipment not found")
    return {"reference": reference, "events": events}


@app.get("/api/me")
def me(user=Depends(portal_user)):
    return {"name": user.display_name, "customer": user.customer_name}
