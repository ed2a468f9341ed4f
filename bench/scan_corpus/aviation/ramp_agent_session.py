"""Session endpoints for the ramp agent handheld app (turnaround checklists)."""
import secrets
from datetime import timedelta

from fastapi import APIRouter, Depends, HTTPException, Request, Response, status
from pydantic import BaseModel

from .auth import AgentDirectory, get_directory
from .sessions import SessionStore, get_session_store

router = APIRouter(prefix="/session", tags=["session"])

COOKIE_NAME = "ramp_sid"
SHIFT_LENGTH = timedelta(hours=10)


class LoginBody(BaseModel):
    agent_id: str
    pin: str
    station: str


@router.post("", status_code=status.HTTP_204_NO_CONTENT)
async def create_session(
    body: LoginBody,
    response: Response,
    directory: AgentDirectory = Depends(get_directory),
    store: SessionStore = Depends(get_session_store),
):
    agent = await directory.authenticate(body.agent_id, body.pin, station=body.station)
    if agent is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown agent or wrong PIN")

    sid = secrets.token_urlsafe(32)
    await store.create(sid, agent_id=agent.id, station=body.station, ttl=SHIFT_LENGTH)
    response.set_cookie(
        COOKIE_NAME,
        sid,
        max_age=int(SHIFT_LENGTH.total_seconds()),
        secure=True,
        httponly=True,
        samesite="strict",
        path="/",
    )


@router.delete("", status_code=status.HTTP_204_NO_CONTENT)
async def end_session(
    request: Request,
    response: Response,
    store: SessionStore = Depends(get_session_store),
):
    sid = request.cookies.get(COOKIE_NAME)
    if sid:
        await store.revoke(sid)
    response.delete_cookie(COOKIE_NAME, path="/", secure=True, httponly=True, samesite="strict")
