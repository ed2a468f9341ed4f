"""Import of local heritage list records supplied by councils.

Some planning authorities send their local list of non-designated heritage
assets as an XML export. Staff upload the file and matching buildings are
linked to existing site records.
"""
from flask import Blueprint, jsonify, request
from lxml import etree

from pargeter.auth import staff_required
from pargeter.sites import link_local_list_entry

bp = Blueprint("local_list_import", __name__)

NS = {"lh": "urn:example:local-heritage:1.0"}


def _parser() -> etree.XMLParser:
    return etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)


def _text(node, tag: str, default: str = "") -> str:
    return (node.findtext(f"lh:{tag}", default=default, namespaces=NS) or default).strip()


def parse_register(data: bytes) -> list[dict]:
    root = etree.fromstring(data, parser=_parser())
    records = []
    for node in root.iterfind(".//lh:Asset", namespaces=NS):
        records.append(
            {
                "uid": _text(node, "UID"),
                "name": _text(node, "Name"),
                "address": _text(node, "Address"),
                "easting": float(_text(node, "Easting", "0")),
                "northing": float(_text(node, "Northing", "0")),
                "description": _text(node, "Description"),
            }
        )
    return records


@bp.post("/imports/local-list")
@staff_required
def import_local_list():
    upload = request.files["register"]
    records = parse_register(upload.read())
    linked = sum(1 for record in records if link_local_list_entry(record))
    return jsonify({"records": len(records), "linked": linked})
