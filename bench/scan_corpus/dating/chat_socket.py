"""WebSocket endpoint for live chat between matched members.

The mobile apps pass the access token as a query parameter because custom
headers are not available on the WebSocket handshake in every client.
"""
from __future__ import annotations

from fastapi import APIRouter, WebSocket, WebSocketDisconnect, status
from jose import jwt
from jose.exceptions import JWTError

from .chat_hub import hub
from .matches import is_participant

router = APIRouter()


def _member_id_from_token(token: str) -> int | None:
    try:
        claims = jwt.get_unverified_claims(token)
    except JWTError:
        return None
    if claims.get("token_use") != "access":
        return None
    try:
        return int(claims["sub"])
    except (KeyError, ValueError):
        return None


@router.websocket("/ws/matches/{match_id}")
async def chat_socket(websocket: WebSocket, match_id: int, token: str):
    member_id = _member_id_from_token(token)
    if member_id is None or not await is_participant(match_id, member_id):
        await websocket.close(code=status.WS_1008_POLICY_VIOLATION)
        return

    await websocket.accept()
    await hub.join(match_id, member_id, websocket)
    try:
        while True:
            text = await websocket.receive_text()
            if text.strip():
                await hub.broadcast(match_id, sender_id=member_id, text=text[:2000])
    except WebSocketDisconnect:
        pass
    finally:
        await hub.leave(match_id, member_id, websocket)
