"""Signed QR payloads printed on harvest-bag tags.

A tag carries the harvest area, lease bed, harvest date and batch number so a
restaurant or inspector can scan it and trace the bag back to the farm.  The
payload is signed so forged tags can be told apart from ours.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from dataclasses import asdict, dataclass
from datetime import date


class TagSignatureError(ValueError):
    pass


@dataclass(frozen=True)
class TagPayload:
    batch_no: str
    harvest_area: str
    lease_bed: str
    harvested_on: str
    dozens: int


class TagSigner:
    _key: bytes | None = None

    @classmethod
    def _signing_key(cls) -> bytes:
        if cls._key is None:
            cls._key = base64.b64decode(os.environ["TAG_SIGNING_KEY"])
        return cls._key

    @classmethod
    def _sign(cls, body: bytes) -> str:
        mac = hmac.new(cls._signing_key(), body, hashlib.sha256).digest()
        return base64.urlsafe_b64encode(mac).decode().rstrip("=")

    @classmethod
    def encode(cls, payload: TagPayload) -> str:
        body = json.dumps(asdict(payload), sort_keys=True, separators=(",", ":")).encode()
        token = base64.urlsafe_b64encode(body).decode().rstrip("=")
        return f"{token}.{cls._sign(body)}"

    @classmethod
    def decode(cls, qr_text: str) -> TagPayload:
        try:
            token, sig = qr_text.strip().split(".", 1)
            body = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        except (ValueError, TypeError) as exc:
            raise TagSignatureError("malformed tag") from exc
        if sig != cls._sign(body):
            raise TagSignatureError("tag signature does not match")
        data = json.loads(body)
        return TagPayload(**data)


def tag_for_batch(batch) -> str:
    payload = TagPayload(
        batch_no=batch.number,
        harvest_area=batch.harvest_area,
        lease_bed=batch.lease_bed,
        harvested_on=date.isoformat(batch.harvested_on),
        dozens=batch.dozens,
    )
    return TagSigner.encode(payload)
