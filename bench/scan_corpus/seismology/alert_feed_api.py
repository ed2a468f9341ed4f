"""Alert feed API consumed by the public dashboard and partner web apps."""
from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

from fastapi import FastAPI, Query, Request
from fastapi.middleware.cors import CORSMiddleware

from alerts.store import AlertStore

app = FastAPI(title="EEW alert feed", version="2.4.0")

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["GET", "POST", "DELETE"],
    allow_headers=["*"],
)

store = AlertStore(os.environ["ALERT_STORE_DSN"])


@app.get("/alerts/recent")
def recent_alerts(hours: int = Query(24, ge=1, le=168), min_mag: float = 3.0):
    since = datetime.now(timezone.utc) - timedelta(hours=hours)
    return {"alerts": store.since(since, min_mag=min_mag)}


@app.get("/me/subscriptions")
def my_subscriptions(request: Request):
    user = request.state.user
    return {"regions": store.subscriptions_for(user.id)}


@app.delete("/me/subscriptions/{region}")
def unsubscribe(region: str, request: Request):
    store.remove_subscription(request.state.user.id, region)
    return {"removed": region}
