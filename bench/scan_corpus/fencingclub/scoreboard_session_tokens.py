"""Session tokens for scoreboard displays subscribing to a piste relay.

A relay registers with the hall hub and hands out its token only to
displays configured by the tournament desk.
"""
from __future__ import annotations

import asyncio
import hmac
import json
import logging
import secrets
from typing import Optional

import websockets

log = logging.getLogger(__name__)


class PisteRelay:
    def __init__(self, piste: str, hub_url: str) -> None:
        self.piste = piste
        self.hub_url = hub_url
        self._token: Optional[str] = None

    @property
    def token(self) -> str:
        if self._token is None:
            self._token = secrets.token_urlsafe(32)
        return self._token

    def rotate(self) -> None:
        self._token = None
        log.info("token for piste %s rotated", self.piste)

    def accepts(self, presented: str) -> bool:
        return self._token is not None and hmac.compare_digest(presented, self._token)

    def hello(self) -> str:
        return json.dumps({"type": "register", "piste": self.piste, "token": self.token})

    @staticmethod
    def parse_frame(frame: bytes) -> Optional[dict]:
        parts = frame.decode("ascii", errors="replace").strip().split(":")
        if len(parts) != 5:
            return None
        left, right, light_l, light_r, clock = parts
        if not (left.isdigit() and right.isdigit()):
            return None
        return {"left": int(left), "right": int(right), "lights": [light_l, light_r], "clock": clock}

    async def pump(self, frames: "asyncio.Queue[bytes]") -> None:
        async with websockets.connect(self.hub_url) as ws:
            await ws.send(self.hello())
            while True:
                state = self.parse_frame(await frames.get())
                if state is not None:
                    await ws.send(json.dumps({"type": "state", "piste": self.piste, **state}))
