"""ASGI entry point for the member app backend."""
import os

from fastapi import FastAPI, HTTPException, Response
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel

from loyalty.api import balances, offers, vouchers
from loyalty.auth.service import authenticate, open_session

ALLOWED_ORIGINS = [
    o.strip() for o in os.environ.get("MEMBER_APP_ORIGINS", "").split(",") if o.strip()
]

app = FastAPI(title="Loyalty member API", docs_url=None, redoc_url=None)

app.add_middleware(
    CORSMiddleware,
    allow_origins=ALLOWED_ORIGINS,
    allow_credentials=True,
    allow_methods=["GET", "POST", "PUT", "DELETE"],
    allow_headers=["Content-Type", "X-CSRF-Token"],
    max_age=600,
)

app.include_router(balances.router, prefix="/v1")
app.include_router(offers.router, prefix="/v1")
app.include_router(vouchers.router, prefix="/v1")


class Credentials(BaseModel):
    email: str
    password: str


@app.post("/v1/session")
def create_session(body: Credentials, response: Response):
    member = authenticate(body.email, body.password)
    if member is None:
        raise HTTPException(401, "invalid credentials")
    session_id = open_session(member)
    response.set_cookie(
        "member_session", session_id,
        secure=True, httponly=True, samesite="lax", max_age=60 * 60 * 8,
    )
    return {"member_id": member.id}
