"""Wraps loyalty-card tokens stored on the café tills while they are offline.

When the link to head office drops, the tills keep trading and hold
card tokens locally until the nightly sync.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

BLOCK = DES3.block_size


@dataclass(frozen=True)
class TillCipherConfig:
    till_id: str
    key_hex: str
    mode: int = DES3.MODE_CBC


class CardTokenWrapper:
    def __init__(self, cfg: TillCipherConfig) -> None:
        key = DES3.adjust_key_parity(bytes.fromhex(cfg.key_hex))
        self._key = key
        self._mode = cfg.mode
        self._till_id = cfg.till_id

    def wrap(self, card_token: str) -> str:
        iv = get_random_bytes(BLOCK)
        cipher = DES3.new(self._key, self._mode, iv=iv)
        ct = cipher.encrypt(pad(card_token.encode(), BLOCK))
        return base64.urlsafe_b64encode(iv + ct).decode()

    def unwrap(self, wrapped: str) -> str:
        raw = base64.urlsafe_b64decode(wrapped)
        iv, ct = raw[:BLOCK], raw[BLOCK:]
        cipher = DES3.new(self._key, self._mode, iv=iv)
        return unpad(cipher.decrypt(ct), BLOCK).decode()


def wrapper_for_this_till() -> CardTokenWrapper:
    cfg = TillCipherConfig(
        till_id=os.environ["CAFE_TILL_ID"],
        key_hex=os.environ["CAFE_TILL_WRAP_KEY"],
    )
    return CardTokenWrapper(cfg)


if __name__ == "__main__":
    w = wrapper_for_this_till()
    sealed = w.wrap("tok_4929_loyalty_88120")
    print(sealed, w.unwrap(sealed))
