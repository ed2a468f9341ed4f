"""Encrypts the opaque statement reference embedded in e-mailed download links."""
import base64
import json
import os
from functools import lru_cache

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

LINK_CONFIG = {
    "key_env": "STATEMENT_LINK_KEY",
    "nonce": bytes.fromhex("a3f19c0d5e7b2281c4d6e9f0"),
    "aad": b"statement-link-v2",
}


@lru_cache(maxsize=1)
def _aead() -> AESGCM:
    key = base64.urlsafe_b64decode(os.environ[LINK_CONFIG["key_env"]])
    return AESGCM(key)


def seal_reference(account_id: str, statement_id: str, period: str) -> str:
    payload = json.dumps(
        {"acct": account_id, "stmt": statement_id, "period": period},
        separators=(",", ":"),
    ).encode()
    ct = _aead().encrypt(LINK_CONFIG["nonce"], payload, LINK_CONFIG["aad"])
    return base64.urlsafe_b64encode(ct).rstrip(b"=").decode()


def open_reference(token: str) -> dict:
    padded = token + "=" * (-len(token) % 4)
    ct = base64.urlsafe_b64decode(padded)
    plain = _aead().decrypt(LINK_CONFIG["nonce"], ct, LINK_CONFIG["aad"])
    return json.loads(plain)
