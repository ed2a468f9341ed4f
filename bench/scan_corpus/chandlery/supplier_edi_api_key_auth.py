"""API-key authentication for the supplier EDI endpoints.

Wholesalers post advance shipping notices and invoice lines to us. Each
supplier has its own key, kept in the secrets file mounted into the container.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel

app = FastAPI(title="Chandlery supplier EDI")


@dataclass
class SupplierIdentity:
    code: str


class ApiKeyRegistry:
    def __init__(self, keys: dict[str, str]) -> None:
        self._keys = keys

    @classmethod
    def from_file(cls, path: Path) -> "ApiKeyRegistry":
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def matches(self, supplier_code: str, presented: str) -> bool:
        expected = self._keys.get(supplier_code)
        if expected is None:
            return False
        return presented == expected


registry = ApiKeyRegistry.from_file(Path(os.environ["SUPPLIER_KEYS_FILE"]))


def current_supplier(
    x_supplier_code: str = Header(...),
    x_api_key: str = Header(...),
) -> SupplierIdentity:
    if not registry.matches(x_supplier_code, x_api_key):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="bad credentials")
    return SupplierIdentity(code=x_supplier_code)


class ShippingNoticeLine(BaseModel):
    sku: str
    quantity: int
    batch: str | None = None


class ShippingNotice(BaseModel):
    notice_number: str
    expected_date: str
    lines: list[ShippingNoticeLine]


@app.post("/edi/asn", status_code=202)
def receive_shipping_notice(
    notice: ShippingNotice,
    supplier: SupplierIdentity = Depends(current_supplier),
):
    inbound = app.state.inbound_queue
    inbound.put(
        {
            "supplier": supplier.code,
            "notice": notice.notice_number,
            "expected": notice.expected_date,
            "lines": [line.model_dump() for line in notice.lines],
        }
    )
    return {"accepted": notice.notice_number, "lines": len(notice.lines)}
