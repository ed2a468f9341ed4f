"""Wraps the per-season NFC card keys under the resort master key for storage in the pass database."""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.keywrap import (
    InvalidUnwrap,
    aes_key_unwrap,
    aes_key_wrap,
)


@dataclass(frozen=True)
class WrappedCardKey:
    season: str
    sector: int
    wrapped_b64: str


def master_key() -> bytes:
    key = base64.b64decode(os.environ["PASS_MASTER_KEK_B64"])
    if len(key) not in (16, 24, 32):
        raise ValueError("master KEK must be an AES key")
    return key


def new_card_key() -> bytes:
    return os.urandom(16)


def wrap(season: str, sector: int, card_key: bytes, kek: bytes | None = None) -> WrappedCardKey:
    if len(card_key) % 8 or len(card_key) < 16:
        raise ValueError("card key length must be a multiple of 8 and at least 16 bytes")
    wrapped = aes_key_wrap(kek or master_key(), card_key)
    return WrappedCardKey(season=season, sector=sector, wrapped_b64=base64.b64encode(wrapped).decode())


def unwrap(record: WrappedCardKey, kek: bytes | None = None) -> bytes:
    try:
        return aes_key_unwrap(kek or master_key(), base64.b64decode(record.wrapped_b64))
    except InvalidUnwrap as exc:
        raise ValueError(f"card key for {record.season}/{record.sector} failed integrity check") from exc


def rotate_master(records: list[WrappedCardKey], old_kek: bytes, new_kek: bytes) -> list[WrappedCardKey]:
    return [
        WrappedCardKey(
            season=r.season,
            sector=r.sector,
            wrapped_b64=base64.b64encode(aes_key_wrap(new_kek, unwrap(r, old_kek))).decode(),
        )
        for r in records
    ]


def provision_season(season: str, sectors: range) -> list[WrappedCardKey]:
    kek = master_key()
    return [wrap(season, s, new_card_key(), kek) for s in sectors]
