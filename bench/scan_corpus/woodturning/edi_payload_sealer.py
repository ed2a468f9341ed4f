"""Seal EDI despatch advices exchanged with the tool-steel supplier.

Both sides agreed on AES-256-GCM: a fresh 96-bit nonce per message, the
partner id as associated data, and nonce|tag|ciphertext in base64.
"""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass

import requests
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes


@dataclass(frozen=True)
class PartnerLink:
    partner_id: str
    endpoint: str
    key: bytes

    @classmethod
    def from_env(cls) -> "PartnerLink":
        key = base64.b64decode(os.environ["TOOLSTEEL_EDI_KEY"])
        if len(key) != 32:
            raise RuntimeError("TOOLSTEEL_EDI_KEY must be 32 bytes")
        return cls(
            partner_id=os.environ["TOOLSTEEL_PARTNER_ID"],
            endpoint=os.environ["TOOLSTEEL_EDI_URL"],
            key=key,
        )


class PayloadSealer:
    def __init__(self, link: PartnerLink) -> None:
        self.link = link

    def seal(self, message: dict) -> str:
        cipher = AES.new(self.link.key, AES.MODE_GCM, nonce=get_random_bytes(12))
        cipher.update(self.link.partner_id.encode("ascii"))
        body = json.dumps(message, separators=(",", ":")).encode("utf-8")
        ct, tag = cipher.encrypt_and_digest(body)
        return base64.b64encode(cipher.nonce + tag + ct).decode("ascii")

    def unseal(self, sealed: str) -> dict:
        raw = base64.b64decode(sealed)
        nonce, tag, ct = raw[:12], raw[12:28], raw[28:]
        cipher = AES.new(self.link.key, AES.MODE_GCM, nonce=nonce)
        cipher.update(self.link.partner_id.encode("ascii"))
        return json.loads(cipher.decrypt_and_verify(ct, tag))


def send_despatch_query(order_numbers: list[str]) -> list[dict]:
    link = PartnerLink.from_env()
    sealer = PayloadSealer(link)
    resp = requests.post(
        link.endpoint,
        json={
            "partner": link.partner_id,
            "payload": sealer.seal({"type": "DESADV_QUERY", "orders": order_numbers}),
        },
        timeout=30,
    )
    resp.raise_for_status()
    reply = sealer.unseal(resp.json()["payload"])
    return reply.get("despatches", [])
