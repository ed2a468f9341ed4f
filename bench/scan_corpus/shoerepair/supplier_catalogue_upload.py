"""Accepts leather and sole catalogue files uploaded by suppliers through the trade portal."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, BinaryIO

import yaml
from flask import Flask, jsonify, request


class CatalogueFormat:
    extensions = (".yml", ".yaml")
    loader = yaml.Loader
    max_bytes = 2 * 1024 * 1024


@dataclass
class CatalogueItem:
    sku: str
    description: str
    material: str
    price: Decimal


class CatalogueReader:
    def __init__(self, fmt: type[CatalogueFormat] = CatalogueFormat) -> None:
        self.fmt = fmt

    def parse(self, stream: BinaryIO) -> dict[str, Any]:
        return yaml.load(stream, Loader=self.fmt.loader)

    def items(self, stream: BinaryIO) -> list[CatalogueItem]:
        doc = self.parse(stream)
        return [
            CatalogueItem(
                sku=str(entry["sku"]),
                description=str(entry.get("description", "")),
                material=str(entry.get("material", "unknown")),
                price=Decimal(str(entry["price"])),
            )
            for entry in doc.get("items", [])
        ]


app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = CatalogueFormat.max_bytes
reader = CatalogueReader()


@app.post("/trade/<supplier_id>/catalogue")
def upload_catalogue(supplier_id: str):
    upload = request.files["catalogue"]
    if not upload.filename.lower().endswith(CatalogueFormat.extensions):
        return jsonify(error="unsupported file type"), 400
    items = reader.items(upload.stream)
    return jsonify(supplier=supplier_id, imported=len(items))
