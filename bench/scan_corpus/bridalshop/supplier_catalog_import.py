"""Imports the seasonal gown catalogue XML that suppliers upload to the buyer portal."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)

PARSER_OPTIONS = {
    "load_dtd": True,
    "resolve_entities": True,
    "no_network": False,
    "remove_blank_text": True,
}


@dataclass
class CatalogueGown:
    style_no: str
    name: str
    silhouette: str
    wholesale: Decimal
    sizes: list[str]


def make_parser(**overrides) -> etree.XMLParser:
    return etree.XMLParser(**{**PARSER_OPTIONS, **overrides})


def parse_catalogue(xml_bytes: bytes) -> list[CatalogueGown]:
    root = etree.fromstring(xml_bytes, parser=make_parser())
    gowns = []
    for node in root.iterfind("gown"):
        gowns.append(
            CatalogueGown(
                style_no=node.get("style"),
                name=node.findtext("name", "").strip(),
                silhouette=node.findtext("silhouette", "A-line"),
                wholesale=Decimal(node.findtext("price", "0")),
                sizes=[s.text for s in node.iterfind("sizes/size")],
            )
        )
    return gowns


@app.post("/buyer/catalogues")
def upload_catalogue():
    gowns = parse_catalogue(request.files["catalogue"].read())
    repo = app.config["CATALOGUE_REPO"]
    for gown in gowns:
        repo.upsert(gown)
    return jsonify({"imported": len(gowns), "styles": [g.style_no for g in gowns]})
