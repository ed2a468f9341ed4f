"""Encrypts gate transactions (plate, driver card, container ids) before they are queued."""
import json
import os

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

DEFAULT_MAX_AGE_S = 24 * 3600


def _keyring() -> MultiFernet:
    # first key encrypts; older keys stay listed for decrypting until the queue drains
    keys = [k.strip() for k in os.environ["GATE_QUEUE_KEYS"].split(",") if k.strip()]
    if not keys:
        raise RuntimeError("GATE_QUEUE_KEYS is empty")
    return MultiFernet([Fernet(k) for k in keys])


class GateEventCodec:
    def __init__(self, max_age_s: int = DEFAULT_MAX_AGE_S):
        self._fernet = _keyring()
        self._max_age_s = max_age_s

    def encode(self, event: dict) -> bytes:
        return self._fernet.encrypt(json.dumps(event, separators=(",", ":")).encode("utf-8"))

    def decode(self, token: bytes) -> dict:
        try:
            raw = self._fernet.decrypt(token, ttl=self._max_age_s)
        except InvalidToken as exc:
            raise ValueError("gate event could not be decrypted or has expired") from exc
        return json.loads(raw)

    def rotate(self, token: bytes) -> bytes:
        return self._fernet.rotate(token)
