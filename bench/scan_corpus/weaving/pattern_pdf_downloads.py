"""Serves purchased PDF patterns to the customers who bought them."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from flask import Flask, abort, send_file, session

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]

PATTERN_ROOT = Path(os.environ.get("PATTERN_ROOT", "/srv/weaving/patterns")).resolve()


@dataclass
class Purchase:
    id: int
    customer_id: int
    pattern_id: int
    file_key: str
    title: str


PURCHASES: dict[int, Purchase] = {}


def find_purchase(purchase_id: int, customer_id: int) -> Optional[Purchase]:
    purchase = PURCHASES.get(purchase_id)
    if purchase is None or purchase.customer_id != customer_id:
        return None
    return purchase


def pattern_path(purchase: Purchase) -> Path:
    candidate = (PATTERN_ROOT / f"{purchase.pattern_id:06d}" / purchase.file_key).resolve()
    if not candidate.is_relative_to(PATTERN_ROOT):
        raise PermissionError("pattern file outside library")
    return candidate


@app.get("/account/purchases/<int:purchase_id>/download")
def download_pattern(purchase_id: int):
    customer_id = session.get("customer_id")
    if customer_id is None:
        abort(401)
    purchase = find_purchase(purchase_id, customer_id)
    if purchase is None:
        abort(404)
    try:
        path = pattern_path(purchase)
    except PermissionError:
        abort(404)
    if not path.is_file():
        abort(404)
    return send_file(
        path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=f"{purchase.title}.pdf",
    )
