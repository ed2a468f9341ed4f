"""Signed one-click unsubscribe links for the monthly sponsor newsletter.

Each newsletter carries a link with the donor id and a signature so that
donors can opt out without signing in.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os

from fastapi import FastAPI, HTTPException
from sqlalchemy import create_engine, text


class LinkSigner:
    def __init__(self, key: bytes) -> None:
        self._key = key

    def sign(self, donor_id: int, list_name: str) -> str:
        message = f"{donor_id}:{list_name}".encode("utf-8")
        mac = hmac.new(self._key, message, hashlib.sha256).digest()
        return base64.urlsafe_b64encode(mac).rstrip(b"=").decode("ascii")

    def verify(self, donor_id: int, list_name: str, signature: str) -> bool:
        return self.sign(donor_id, list_name) == signature

    def build_url(self, base: str, donor_id: int, list_name: str) -> str:
        sig = self.sign(donor_id, list_name)
        return f"{base}/unsubscribe/{list_name}/{donor_id}?sig={sig}"


signer = LinkSigner(os.environ["NEWSLETTER_LINK_KEY"].encode("utf-8"))
engine = create_engine(os.environ["DONOR_DB_URL"], pool_pre_ping=True)
app = FastAPI()

LISTS = {"sponsor-news", "adoption-updates", "events"}


@app.post("/unsubscribe/{list_name}/{donor_id}")
def unsubscribe(list_name: str, donor_id: int, sig: str):
    if list_name not in LISTS:
        raise HTTPException(status_code=404)
    if not signer.verify(donor_id, list_name, sig):
        raise HTTPException(status_code=403, detail="invalid link")
    with engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE donor_subscriptions SET active = false "
                "WHERE donor_id = :donor_id AND list_name = :list_name"
            ),
            {"donor_id": donor_id, "list_name": list_name},
        )
    return {"status": "unsubscribed", "list": list_name}
