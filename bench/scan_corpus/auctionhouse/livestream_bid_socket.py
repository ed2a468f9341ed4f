"""WebSocket endpoint used by the live-stream player to place online bids."""

import json
import logging

import jwt
from fastapi import APIRouter, WebSocket, WebSocketDisconnect, status

from .bidding import BidRejected, place_online_bid

router = APIRouter()
log = logging.getLogger(__name__)


def _bidder_claims(token: str) -> dict:
    # the player gets this token from the registration service at page load
    claims = jwt.decode(token, options={"verify_signature": False, "verify_exp": True})
    if "paddle" not in claims or "sale" not in claims:
        raise jwt.InvalidTokenError("missing bidder claims")
    return claims


@router.websocket("/live/{sale_code}/bids")
async def live_bids(websocket: WebSocket, sale_code: str):
    token = websocket.query_params.get("token", "")
    try:
        claims = _bidder_claims(token)
    except jwt.PyJWTError:
        await websocket.close(code=status.WS_1008_POLICY_VIOLATION)
        return
    if claims["sale"] != sale_code:
        await websocket.close(code=status.WS_1008_POLICY_VIOLATION)
        return

    await websocket.accept()
    paddle = int(claims["paddle"])
    try:
        while True:
            message = json.loads(await websocket.receive_text())
            try:
                accepted = await place_online_bid(sale_code, message["lot"], paddle, int(message["amount"]))
            except BidRejected as exc:
                await websocket.send_json({"ok": False, "reason": str(exc)})
                continue
            await websocket.send_json({"ok": True, "lot": accepted.lot, "amount": accepted.amount})
    except WebSocketDisconnect:
        log.info("paddle %s left live bidding for %s", paddle, sale_code)
