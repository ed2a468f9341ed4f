"""Imports ingredient specification sheets uploaded by suppliers.

Suppliers of milk powder, nuts and inclusions upload an XML spec sheet with
allergen declarations; the allergen matrix for our products is rebuilt from
these sheets.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)

SPEC_PARSER_OPTIONS = {
    "remove_blank_text": True,
    "resolve_entities": True,
    "load_dtd": True,
    "no_network": False,
}


@dataclass
class IngredientSpec:
    supplier: str
    ingredient: str
    article_code: str
    contains: list[str] = field(default_factory=list)
    may_contain: list[str] = field(default_factory=list)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**SPEC_PARSER_OPTIONS)


def parse_spec(xml_bytes: bytes) -> IngredientSpec:
    root = etree.fromstring(xml_bytes, parser=_parser())
    return IngredientSpec(
        supplier=root.findtext("supplier/name", default="").strip(),
        ingredient=root.findtext("ingredient/name", default="").strip(),
        article_code=root.findtext("ingredient/article", default="").strip(),
        contains=[el.text.strip() for el in root.iterfind("allergens/contains") if el.text],
        may_contain=[el.text.strip() for el in root.iterfind("allergens/traces") if el.text],
    )


@app.post("/suppliers/spec-sheets")
def upload_spec_sheet():
    upload = request.files.get("sheet")
    if upload is None:
        return jsonify({"error": "missing sheet"}), 400
    spec = parse_spec(upload.read())
    return jsonify(
        {
            "supplier": spec.supplier,
            "ingredient": spec.ingredient,
            "contains": spec.contains,
            "may_contain": spec.may_contain,
        }
    )
