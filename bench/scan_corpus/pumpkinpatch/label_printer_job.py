"""Prints price labels for the farm shop on the thermal label printer.

Shop staff choose a product and quantity on the till tablet; the tablet
posts the request here and the label is rendered and sent to CUPS.
"""
from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass
from decimal import Decimal

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
PRINTER = os.environ.get("LABEL_PRINTER", "zebra_shop")
MEDIA = "Custom.50x30mm"


@dataclass
class LabelRequest:
    product: str
    price: Decimal
    copies: int


def render_label(req: LabelRequest) -> str:
    fd, path = tempfile.mkstemp(suffix=".txt", prefix="label-")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(f"{req.product}\n")
        fh.write(f"GBP {req.price:.2f}\n")
        fh.write("Hollow Lane Pumpkin Patch\n")
    return path


def send_to_printer(path: str, req: LabelRequest) -> None:
    command = (
        f"lp -d {PRINTER} -o media={MEDIA} -n {req.copies}"
        f" -t '{req.product}' {path}"
    )
    subprocess.run(command, shell=True, check=True, timeout=30)


@app.post("/labels")
def print_labels():
    data = request.get_json(force=True)
    try:
        req = LabelRequest(
            product=str(data["product"])[:40],
            price=Decimal(str(data["price"])),
            copies=int(data.get("copies", 1)),
        )
    except (KeyError, ValueError, ArithmeticError):
        abort(400)
    if not 1 <= req.copies <= 200:
        abort(400)
    path = render_label(req)
    try:
        send_to_printer(path, req)
    finally:
        os.unlink(path)
    return jsonify({"printed": req.copies})
