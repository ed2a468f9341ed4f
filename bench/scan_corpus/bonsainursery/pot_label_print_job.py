"""Print price labels for imported pots from the goods-in screen.

After a pallet of pots is checked in, staff print one price label per pot.
The label text comes from the goods-in form and is sent to the CUPS queue
of the label printer at the shop counter.
"""
from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass
from decimal import Decimal

from flask import Flask, abort, request

app = Flask(__name__)
PRINTER = os.environ.get("POT_LABEL_PRINTER", "counter-brother")
LP_BINARY = "/usr/bin/lp"


@dataclass
class PotLabel:
    sku: str
    maker: str
    size_cm: int
    price: Decimal

    def text(self) -> str:
        return f"{self.maker}\n{self.size_cm} cm\nEUR {self.price:.2f}\n{self.sku}\n"


def print_labels(label: PotLabel, copies: int) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as fh:
        fh.write(label.text())
        path = fh.name
    try:
        result = subprocess.run(
            [LP_BINARY, "-d", PRINTER, "-n", str(copies), "-t", f"{label.maker} {label.sku}", path],
            check=True,
            capture_output=True,
            text=True,
            timeout=30,
        )
    finally:
        os.unlink(path)
    return result.stdout.strip()


@app.post("/staff/goods-in/pot-labels")
def pot_labels():
    data = request.get_json(silent=True) or {}
    try:
        label = PotLabel(
            sku=str(data["sku"]).strip()[:20],
            maker=str(data.get("maker", "")).strip()[:40],
            size_cm=int(data["size_cm"]),
            price=Decimal(str(data["price"])),
        )
        copies = int(data.get("copies", 1))
    except (KeyError, ValueError, ArithmeticError):
        abort(400, "sku, size_cm and price are required")
    if not 1 <= copies <= 100:
        abort(400, "copies must be between 1 and 100")
    job = print_labels(label, copies)
    return {"job": job, "copies": copies}
