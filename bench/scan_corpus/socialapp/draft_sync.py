"""Syncs unsent direct-message drafts between a member's devices."""

import jsonpickle
from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel
from redis.asyncio import Redis

from auth.deps import current_user, get_redis
from messaging.drafts import Draft

router = APIRouter(prefix="/drafts", tags=["messaging"])

DRAFT_TTL_SECONDS = 7 * 24 * 3600
MAX_DRAFT_BYTES = 64 * 1024


class DraftOut(BaseModel):
    conversation_id: int
    text: str
    attachments: list[str]


def _key(user_id: int, conversation_id: int) -> str:
    return f"draft:{user_id}:{conversation_id}"


@router.put("/{conversation_id}", status_code=204)
async def save_draft(
    conversation_id: int,
    request: Request,
    user=Depends(current_user),
    redis: Redis = Depends(get_redis),
):
    body = await request.body()
    if len(body) > MAX_DRAFT_BYTES:
        raise HTTPException(413, "draft too large")
    draft = jsonpickle.decode(body)
    if not isinstance(draft, Draft) or draft.conversation_id != conversation_id:
        raise HTTPException(400, "malformed draft")
    await redis.set(_key(user.id, conversation_id), draft.to_json(), ex=DRAFT_TTL_SECONDS)


@router.get("/{conversation_id}", response_model=DraftOut)
async def load_draft(conversation_id: int, user=Depends(current_user), redis: Redis = Depends(get_redis)):
    raw = await redis.get(_key(user.id, conversation_id))
    if raw is None:
        raise HTTPException(404)
    return DraftOut.model_validate_json(raw)
