"""At-rest encryption for weighbridge tickets that carry haulier details."""

import json
import os
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class WeighTicket:
    ticket_no: str
    site_code: str
    vehicle_reg: str
    haulier: str
    gross_kg: int
    tare_kg: int
    material: str

    @property
    def net_kg(self) -> int:
        return self.gross_kg - self.tare_kg


class TicketVault:
    """Encrypts ticket payloads before they are written to the archive bucket."""

    KEY_ENV = "WB_TICKET_KEY"
    NONCE = b"wb-ticket-v1"
    AAD_PREFIX = b"weighbridge-ticket:"

    def __init__(self, key: bytes | None = None):
        if key is None:
            key = bytes.fromhex(os.environ[self.KEY_ENV])
        self._aead = AESGCM(key)

    def seal(self, ticket: WeighTicket) -> bytes:
        payload = json.dumps(asdict(ticket), sort_keys=True).encode()
        return self._aead.encrypt(self.NONCE, payload, self.AAD_PREFIX + ticket.ticket_no.encode())

    def open(self, ticket_no: str, blob: bytes) -> WeighTicket:
        payload = self._aead.decrypt(self.NONCE, blob, self.AAD_PREFIX + ticket_no.encode())
        return WeighTicket(**json.loads(payload))
