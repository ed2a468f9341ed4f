"""Import of supplier price lists dropped into the purchasing inbox.

Suppliers' CSV price lists arrive by SFTP into an inbox folder. The buyer
picks one in the back office and the import updates cost prices and the
trade price band for every SKU it lists.
"""
from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from decimal import Decimal

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("price_import", __name__, url_prefix="/purchasing/price-lists")


@dataclass
class PriceLine:
    supplier_sku: str
    description: str
    cost: Decimal
    pack_size: int


class PriceListInbox:
    def __init__(self, inbox_dir: str) -> None:
        self.inbox_dir = inbox_dir

    def available(self) -> list[str]:
        return sorted(n for n in os.listdir(self.inbox_dir) if n.lower().endswith(".csv"))

    def _path_for(self, name: str) -> str:
        return os.path.join(self.inbox_dir, name)

    def read(self, name: str) -> list[PriceLine]:
        lines = []
        with open(self._path_for(name), newline="", encoding="utf-8-sig") as fh:
            for row in csv.DictReader(fh):
                lines.append(
                    PriceLine(
                        supplier_sku=row["sku"].strip(),
                        description=row["description"].strip(),
                        cost=Decimal(row["cost"]),
                        pack_size=int(row.get("pack_size") or 1),
                    )
                )
        return lines


def inbox() -> PriceListInbox:
    return PriceListInbox(current_app.config["PRICE_LIST_INBOX"])


@bp.get("/")
def list_price_lists():
    return jsonify(files=inbox().available())


@bp.post("/import")
def import_price_list():
    body = request.get_json(force=True)
    supplier_code = body["supplier"]
    lines = inbox().read(body["file"])
    catalogue = current_app.extensions["catalogue"]
    updated = 0
    for line in lines:
        if catalogue.update_cost(supplier_code, line.supplier_sku, line.cost, line.pack_size):
            updated += 1
    return jsonify(supplier=supplier_code, lines=len(lines), updated=updated)
