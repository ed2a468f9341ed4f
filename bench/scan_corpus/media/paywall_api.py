"""Paywall entitlement API called from article pages on all our mastheads."""
import os

from fastapi import Cookie, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel

from .entitlements import EntitlementService
from .sessions import resolve_session

app = FastAPI(title="paywall-entitlements")

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    allow_headers=["Content-Type"],
)

entitlements = EntitlementService(dsn=os.environ["ENTITLEMENTS_DSN"])


class MeterState(BaseModel):
    subscriber: bool
    articles_remaining: int
    plan: str | None = None


@app.get("/v1/meter", response_model=MeterState)
def meter(article_id: str, sub_session: str | None = Cookie(default=None)) -> MeterState:
    session = resolve_session(sub_session) if sub_session else None
    if session and entitlements.has_active_plan(session.subscriber_id):
        return MeterState(subscriber=True, articles_remaining=-1, plan=entitlements.plan_name(session.subscriber_id))
    remaining = entitlements.register_anonymous_view(session.visitor_id if session else None, article_id)
    return MeterState(subscriber=False, articles_remaining=remaining)


@app.post("/v1/unlock/{article_id}")
def unlock(article_id: str, sub_session: str | None = Cookie(default=None)) -> dict:
    session = resolve_session(sub_session) if sub_session else None
    if session is None:
        raise HTTPException(401, "login required")
    entitlements.unlock_article(session.subscriber_id, article_id)
    return {"unlocked": article_id}
