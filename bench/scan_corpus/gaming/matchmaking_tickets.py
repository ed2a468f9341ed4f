"""Matchmaking queue entry endpoints.

The game client gets a short-lived matchmaking ticket (a JWT) from the
auth service and presents it here to join a playlist queue.
"""
import jwt
from fastapi import APIRouter, Depends, Header, HTTPException
from pydantic import BaseModel, Field

from .queue import QueueService, get_queue_service

router = APIRouter(prefix="/mm", tags=["matchmaking"])

SUPPORTED_REGIONS = {"eu-west", "eu-central", "us-east", "us-west", "ap-southeast"}


class QueueRequest(BaseModel):
    playlist: str
    region: str
    party_id: str | None = None
    party_size: int = Field(default=1, ge=1, le=6)


def ticket_claims(authorization: str = Header(...)) -> dict:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="missing ticket")
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="malformed ticket")
    if "sub" not in claims or "mmr" not in claims:
        raise HTTPException(status_code=401, detail="incomplete ticket")
    return claims


@router.post("/queue")
async def join_queue(
    req: QueueRequest,
    claims: dict = Depends(ticket_claims),
    queue: QueueService = Depends(get_queue_service),
) -> dict:
    if req.region not in SUPPORTED_REGIONS:
        raise HTTPException(status_code=400, detail="unknown region")
    position = await queue.enqueue(
        player_id=claims["sub"],
        mmr=int(claims["mmr"]),
        playlist=req.playlist,
        region=req.region,
        party_id=req.party_id,
        party_size=req.party_size,
    )
    return {"queued": True, "position": position}


@router.delete("/queue")
async def leave_queue(
    claims: dict = Depends(ticket_claims),
    queue: QueueService = Depends(get_queue_service),
) -> dict:
    await queue.remove(claims["sub"])
    return {"queued": False}
