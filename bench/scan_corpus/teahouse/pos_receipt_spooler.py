"""Spool rendered receipts for the thermal printers attached to café tills."""
from __future__ import annotations

import json
import os
import stat
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

SPOOL_ROOT = Path(os.environ.get("RECEIPT_SPOOL", "/var/spool/teahouse/receipts"))
SPOOL_DIR_MODE = stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO


@dataclass
class ReceiptLine:
    sku: str
    name: str
    qty: int
    unit_pence: int


@dataclass
class Receipt:
    store_id: str
    till_id: str
    order_no: int
    lines: list[ReceiptLine] = field(default_factory=list)
    loyalty_points: int = 0

    @property
    def total_pence(self) -> int:
        return sum(l.qty * l.unit_pence for l in self.lines)


def _till_spool(store_id: str, till_id: str) -> Path:
    path = SPOOL_ROOT / store_id / till_id
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, SPOOL_DIR_MODE)
    return path


def spool(receipt: Receipt) -> Path:
    """Write the receipt atomically so the printer daemon never sees partial files."""
    directory = _till_spool(receipt.store_id, receipt.till_id)
    name = f"{int(time.time() * 1000)}_{receipt.order_no}.json"
    tmp = directory / f".{name}.part"
    payload = asdict(receipt) | {"total_pence": receipt.total_pence}
    tmp.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    final = directory / name
    tmp.rename(final)
    return final


def pending(store_id: str, till_id: str) -> list[Path]:
    return sorted(p for p in _till_spool(store_id, till_id).glob("*.json"))


def acknowledge(path: Path) -> None:
    done = path.with_suffix(".printed")
    path.rename(done)
