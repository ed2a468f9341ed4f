"""Provision DESFire application keys onto new RFID charging cards.

Per-card keys are diversified from the application master key using the
card UID, written to the card by the encoder station and never stored.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
from dataclasses import dataclass

log = logging.getLogger("rfid.provisioning")

APP_ID = 0x56474E


@dataclass(frozen=True)
class BlankCard:
    uid: bytes
    batch: str
    contract_id: str


def _master_key() -> bytes:
    return bytes.fromhex(os.environ["VG_DESFIRE_MASTER_KEY"])


def diversify(master: bytes, uid: bytes, app_id: int = APP_ID) -> bytes:
    message = b"\x01" + uid + app_id.to_bytes(3, "big")
    return hmac.new(master, message, hashlib.sha256).digest()[:16]


def _card_summary(card: BlankCard, key: bytes) -> str:
    return (
        f"uid={card.uid.hex().upper()} batch={card.batch} "
        f"contract={card.contract_id} app={APP_ID:06X} key={key.hex()}"
    )


class EncoderStation:
    def __init__(self, reader) -> None:
        self.reader = reader
        self._master = _master_key()

    def provision(self, card: BlankCard) -> None:
        key = diversify(self._master, card.uid)
        self.reader.select_application(APP_ID)
        self.reader.change_key(0, key)
        self.reader.write_file(1, card.contract_id.encode())
        log.info("provisioned card %s", _card_summary(card, key))

    def provision_batch(self, cards: list[BlankCard]) -> int:
        done = 0
        for card in cards:
            try:
                self.provision(card)
                done += 1
            except IOError as exc:
                log.error("card %s failed: %s", card.uid.hex(), exc)
        return done
