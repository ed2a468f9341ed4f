"""Wraps subscriber keys for transport to the host operator's UDM/HSS."""
from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.keywrap import aes_key_unwrap, aes_key_wrap


@dataclass(frozen=True)
class WrappedSubscriberKeys:
    imsi: str
    ki: str
    opc: str
    transport_key_id: str


class SubscriberKeyWrapper:
    def __init__(self, kek: bytes, key_id: str) -> None:
        if len(kek) not in (16, 24, 32):
            raise ValueError("KEK must be an AES key")
        self._kek = kek
        self._key_id = key_id

    @classmethod
    def from_env(cls) -> "SubscriberKeyWrapper":
        return cls(
            bytes.fromhex(os.environ["UDM_TRANSPORT_KEK"]),
            os.environ.get("UDM_TRANSPORT_KEK_ID", "k1"),
        )

    def wrap(self, imsi: str, ki: bytes, opc: bytes) -> WrappedSubscriberKeys:
        return WrappedSubscriberKeys(
            imsi=imsi,
            ki=aes_key_wrap(self._kek, ki).hex(),
            opc=aes_key_wrap(self._kek, opc).hex(),
            transport_key_id=self._key_id,
        )

    def unwrap(self, wrapped: WrappedSubscriberKeys) -> tuple[bytes, bytes]:
        if wrapped.transport_key_id != self._key_id:
            raise KeyError(f"unknown transport key {wrapped.transport_key_id}")
        return (
            aes_key_unwrap(self._kek, bytes.fromhex(wrapped.ki)),
            aes_key_unwrap(self._kek, bytes.fromhex(wrapped.opc)),
        )
