"""Seals weighbridge ticket payloads exchanged with the head-office invoicing system."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class SealConfig:
    key_env: str = "TICKET_SEAL_KEY"
    nonce_bytes: int = 12
    context: bytes = b"wb-ticket/v3"


@dataclass
class WeighTicket:
    ticket_no: str
    vehicle_reg: str
    gross_kg: int
    tare_kg: int
    product_code: str

    @property
    def net_kg(self) -> int:
        return self.gross_kg - self.tare_kg


class TicketSealer:
    def __init__(self, config: SealConfig = SealConfig()) -> None:
        self.config = config
        self._aead = AESGCM(base64.b64decode(os.environ[config.key_env]))

    def _fresh_nonce(self) -> bytes:
        return os.urandom(self.config.nonce_bytes)

    def seal(self, ticket: WeighTicket) -> str:
        nonce = self._fresh_nonce()
        body = json.dumps(ticket.__dict__).encode("utf-8")
        blob = nonce + self._aead.encrypt(nonce, body, self.config.context)
        return base64.urlsafe_b64encode(blob).decode("ascii")

    def open(self, token: str) -> WeighTicket:
        blob = base64.urlsafe_b64decode(token)
        n = self.config.nonce_bytes
        body = self._aead.decrypt(blob[:n], blob[n:], self.config.context)
        return WeighTicket(**json.loads(body))


def seal_batch(tickets: list[WeighTicket]) -> list[str]:
    sealer = TicketSealer()
    return [sealer.seal(t) for t in tickets]
