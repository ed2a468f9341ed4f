"""Relay session between a piste scoring box and the hall scoreboards.

The relay process talks to the scoring box over its serial bridge and
publishes lights and scores to the scoreboard displays over a websocket.
Displays must present the relay's session token to subscribe.
"""
from __future__ import annotations

import asyncio
import json
import logging
import uuid
from typing import Optional

import websockets

log = logging.getLogger(__name__)


class RelaySession:
    def __init__(self, piste: str, hub_url: str) -> None:
        self.piste = piste
        self.hub_url = hub_url
        self._token: Optional[str] = None
        self._last_state: dict = {}

    @property
    def session_token(self) -> str:
        if self._token is None:
            self._token = uuid.uuid1().hex
        return self._token

    def rotate(self) -> None:
        self._token = None
        log.info("relay session for piste %s rotated", self.piste)

    def registration_message(self) -> str:
        return json.dumps(
            {"type": "register", "piste": self.piste, "token": self.session_token}
        )

    def update_from_box(self, frame: bytes) -> Optional[dict]:
        """Decode one frame from the box: 'L:R:lightL:lightR:clock'."""
        try:
            left, right, light_l, light_r, clock = frame.decode("ascii").strip().split(":")
        except ValueError:
            log.warning("discarding malformed frame from piste %s", self.piste)
            return None
        state = {
            "left": int(left),
            "right": int(right),
            "lights": {"left": light_l, "right": light_r},
            "clock": clock,
        }
        if state == self._last_state:
            return None
        self._last_state = state
        return state

    async def run(self, frames: "asyncio.Queue[bytes]") -> None:
        async with websockets.connect(self.hub_url) as ws:
            await ws.send(self.registration_message())
            while True:
                frame = await frames.get()
                state = self.update_from_box(frame)
                if state is not None:
                    await ws.send(json.dumps({"type": "state", "piste": self.piste, **state}))
