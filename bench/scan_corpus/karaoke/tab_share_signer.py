"""Signed links that let room guests view their running bar tab."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time
from dataclasses import dataclass

from fastapi import FastAPI, HTTPException

app = FastAPI()
LINK_TTL = 6 * 3600


def _signing_key() -> bytes:
    return base64.b64decode(os.environ["TAB_LINK_KEY_B64"])


@dataclass(frozen=True)
class TabToken:
    tab_id: int
    expires: int
    mac: str = ""

    @property
    def message(self) -> bytes:
        return f"tab:{self.tab_id}:{self.expires}".encode("ascii")

    @property
    def expected_mac(self) -> str:
        raw = hmac.new(_signing_key(), self.message, hashlib.sha256).digest()
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")

    @classmethod
    def issue(cls, tab_id: int) -> str:
        unsigned = cls(tab_id, int(time.time()) + LINK_TTL)
        return f"{unsigned.tab_id}.{unsigned.expires}.{unsigned.expected_mac}"

    @classmethod
    def parse(cls, token: str) -> "TabToken":
        tab_id, expires, mac = token.split(".", 2)
        return cls(int(tab_id), int(expires), mac)

    def valid(self) -> bool:
        if self.expires < time.time():
            return False
        return hmac.compare_digest(self.mac, self.expected_mac)


@app.get("/tabs/shared/{token}")
def shared_tab(token: str):
    try:
        parsed = TabToken.parse(token)
    except ValueError:
        raise HTTPException(404)
    if not parsed.valid():
        raise HTTPException(404)
    from karaoke.tabs import open_tab_summary

    summary = open_tab_summary(parsed.tab_id)
    if summary is None:
        raise HTTPException(404)
    return summary
