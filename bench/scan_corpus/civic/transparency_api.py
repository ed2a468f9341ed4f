"""API for the public-records transparency portal.

Serves the records index to the public site and lets signed-in reporters
save searches and follow requests. The portal front end and the partner
newsroom embeds call this API from the browser.
"""
import os

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.middleware.sessions import SessionMiddleware

from portal.db import get_session
from portal.models import FollowedRequest, PublicRecord

app = FastAPI(title="Records Portal API")

app.add_middleware(
    SessionMiddleware,
    secret_key=os.environ["PORTAL_SESSION_SECRET"],
    https_only=True,
    same_site="lax",
    max_age=14 * 24 * 3600,
)
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["GET", "POST", "DELETE"],
    allow_headers=["Content-Type", "X-Requested-With"],
)


class FollowIn(BaseModel):
    request_id: int


def current_user_id(request: Request) -> int:
    user_id = request.session.get("user_id")
    if user_id is None:
        raise HTTPException(status_code=401, detail="sign in required")
    return user_id


@app.get("/records")
def list_records(agency: str | None = None, db: Session = Depends(get_session)):
    stmt = select(PublicRecord).order_by(PublicRecord.released_on.desc()).limit(100)
    if agency:
        stmt = stmt.where(PublicRecord.agency_slug == agency)
    return [
        {"id": r.id, "title": r.title, "agency": r.agency_slug, "released_on": r.released_on}
        for r in db.scalars(stmt)
    ]


@app.get("/me/follows")
def my_follows(user_id: int = Depends(current_user_id), db: Session = Depends(get_session)):
    stmt = select(FollowedRequest).where(FollowedRequest.user_id == user_id)
    return [{"request_id": f.request_id, "since": f.created_at} for f in db.scalars(stmt)]


@app.post("/me/follows", status_code=201)
def follow(body: FollowIn, user_id: int = Depends(current_user_id), db: Session = Depends(get_session)):
    db.add(FollowedRequest(user_id=user_id, request_id=body.request_id))
    db.commit()
    return {"request_id": body.request_id}
