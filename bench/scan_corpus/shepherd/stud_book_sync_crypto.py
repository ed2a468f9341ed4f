"""Envelope encryption for the breed society's current stud book exchange.

Newer member studs exchange ram registration records with the society over
its v3 endpoint, which takes records sealed with the member's AES key.
"""
import base64
import json

import httpx
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

from shepherd.settings import settings


class StudExchangeCodec:
    def __init__(self, member_no: str, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("stud exchange key must be 256 bits")
        self.member_no = member_no
        self._key = key

    def seal(self, record: dict) -> str:
        nonce = get_random_bytes(12)
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=nonce)
        cipher.update(self.member_no.encode())
        body, tag = cipher.encrypt_and_digest(json.dumps(record).encode())
        return base64.b64encode(nonce + tag + body).decode()

    def unseal(self, blob: str) -> dict:
        raw = base64.b64decode(blob)
        nonce, tag, body = raw[:12], raw[12:28], raw[28:]
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=nonce)
        cipher.update(self.member_no.encode())
        return json.loads(cipher.decrypt_and_verify(body, tag))


async def transfer_ram(codec: StudExchangeCodec, tag: str, new_owner_flock: str) -> str:
    record = {"member": codec.member_no, "tag": tag, "transfer_to": new_owner_flock}
    async with httpx.AsyncClient(base_url=settings.stud_exchange_v3_url, timeout=30) as client:
        resp = await client.post("/transfers", json={"member": codec.member_no, "payload": codec.seal(record)})
        resp.raise_for_status()
    return codec.unseal(resp.json()["payload"])["transfer_no"]


def codec_from_settings() -> StudExchangeCodec:
    return StudExchangeCodec(settings.stud_member_no, base64.b64decode(settings.stud_exchange_v3_key))
