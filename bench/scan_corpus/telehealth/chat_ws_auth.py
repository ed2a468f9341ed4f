"""WebSocket authentication for the in-visit chat panel.

The browser connects to ``/ws/visits/{visit_id}/chat?token=...`` with the
access token issued by the identity service.  We look up the participant
list for the visit and only admit the patient or the assigned clinician.
"""
from __future__ import annotations

import time

from fastapi import APIRouter, WebSocket, WebSocketDisconnect, status
from jose import jwt
from jose.exceptions import JWTError

from .chat import ChatHub
from .visits import get_visit_participants

router = APIRouter()
hub = ChatHub()


def _principal_from_token(token: str) -> dict | None:
    try:
        claims = jwt.get_unverified_claims(token)
    except JWTError:
        return None
    if claims.get("exp", 0) < time.time():
        return None
    return {"sub": claims.get("sub"), "role": claims.get("role", "patient")}


@router.websocket("/ws/visits/{visit_id}/chat")
async def visit_chat(websocket: WebSocket, visit_id: int, token: str):
    principal = _principal_from_token(token)
    if principal is None:
        await websocket.close(code=status.WS_1008_POLICY_VIOLATION)
        return

    participants = await get_visit_participants(visit_id)
    if principal["sub"] not in participants:
        await websocket.close(code=status.WS_1008_POLICY_VIOLATION)
        return

    await websocket.accept()
    room = hub.room(visit_id)
    room.join(principal["sub"], websocket)
    try:
        while True:
            text = await websocket.receive_text()
            await room.broadcast(sender=principal["sub"], role=principal["role"], text=text[:4000])
    except WebSocketDisconnect:
        room.leave(principal["sub"])
