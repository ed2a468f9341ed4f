"""Message bridge to the neighbouring service's CAD for mutual-aid requests.

The neighbouring trust's CAD gateway accepts encrypted request envelopes over
its message queue. Key material is exchanged out of band and loaded from the
environment at start-up.
"""
import base64
import json
import os
from datetime import datetime, timezone

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["MUTUAL_AID_BRIDGE_KEY"])
    return DES3.adjust_key_parity(key)


def build_request(incident_ref: str, category: str, resources: int, rv_point: str) -> dict:
    return {
        "type": "MUTUAL_AID_REQUEST",
        "incident_ref": incident_ref,
        "category": category,
        "resources_requested": resources,
        "rendezvous": rv_point,
        "sent_at": datetime.now(timezone.utc).isoformat(),
    }


def encrypt_envelope(message: dict, key: bytes | None = None) -> str:
    key = key or _load_key()
    iv = get_random_bytes(8)
    cipher = DES3.new(key, DES3.MODE_CBC, iv)
    body = cipher.encrypt(pad(json.dumps(message).encode("utf-8"), DES3.block_size))
    return base64.b64encode(iv + body).decode("ascii")


def decrypt_envelope(envelope: str, key: bytes | None = None) -> dict:
    key = key or _load_key()
    raw = base64.b64decode(envelope)
    iv, body = raw[:8], raw[8:]
    cipher = DES3.new(key, DES3.MODE_CBC, iv)
    return json.loads(unpad(cipher.decrypt(body), DES3.block_size))
