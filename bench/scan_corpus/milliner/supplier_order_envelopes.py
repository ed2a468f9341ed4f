"""Encrypts purchase orders dropped for felt and straw suppliers on the EDI share."""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from datetime import date

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class SupplierOrderLine:
    sku: str
    description: str
    quantity: int
    unit_price_pence: int


@dataclass
class SupplierOrder:
    supplier_code: str
    order_number: str
    delivery_date: date
    lines: list[SupplierOrderLine] = field(default_factory=list)

    def to_bytes(self) -> bytes:
        body = asdict(self)
        body["delivery_date"] = self.delivery_date.isoformat()
        return json.dumps(body, sort_keys=True).encode("utf-8")


class OrderEnvelope:
    """AEAD wrapper shared by one upload run."""

    nonce_size = 12

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)
        self._nonce: bytes | None = None

    def open_session(self) -> None:
        self._nonce = os.urandom(self.nonce_size)

    def seal(self, order: SupplierOrder) -> bytes:
        if self._nonce is None:
            self.open_session()
        aad = order.supplier_code.encode("ascii")
        ciphertext = self._aead.encrypt(self._nonce, order.to_bytes(), aad)
        return self._nonce + ciphertext


class DropBoxBatch:
    def __init__(self, envelope: OrderEnvelope, outbox: str) -> None:
        self.envelope = envelope
        self.outbox = outbox

    def write(self, orders: list[SupplierOrder]) -> list[str]:
        self.envelope.open_session()
        written = []
        for order in orders:
            path = os.path.join(self.outbox, f"{order.supplier_code}_{order.order_number}.po.enc")
            with open(path, "wb") as fh:
                fh.write(self.envelope.seal(order))
            written.append(path)
        return written


def nightly_upload(orders: list[SupplierOrder]) -> list[str]:
    key = bytes.fromhex(os.environ["SUPPLIER_EDI_KEY"])
    batch = DropBoxBatch(OrderEnvelope(key), os.environ.get("EDI_OUTBOX", "/srv/edi/outbox"))
    return batch.write(orders)
