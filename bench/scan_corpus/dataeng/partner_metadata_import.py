"""Receive ISO 19115 metadata records pushed by partner data portals and
upsert them into the dataset catalog."""
import logging

from flask import Blueprint, abort, jsonify, request
from lxml import etree

from catalog.store import upsert_dataset

bp = Blueprint("partner_import", __name__, url_prefix="/partners")
log = logging.getLogger(__name__)

NS = {
    "gmd": "http://www.isotc211.org/2005/gmd",
    "gco": "http://www.isotc211.org/2005/gco",
}

_RECORD_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False, remove_blank_text=True)


def _text(node, xpath: str) -> str | None:
    found = node.xpath(xpath, namespaces=NS)
    return found[0].strip() if found else None


def parse_record(payload: bytes) -> dict:
    root = etree.fromstring(payload, parser=_RECORD_PARSER)
    ident = "gmd:identificationInfo/gmd:MD_DataIdentification"
    return {
        "external_id": _text(root, "gmd:fileIdentifier/gco:CharacterString/text()"),
        "title": _text(root, f"{ident}/gmd:citation/gmd:CI_Citation/gmd:title/gco:CharacterString/text()"),
        "abstract": _text(root, f"{ident}/gmd:abstract/gco:CharacterString/text()"),
        "keywords": root.xpath(f"{ident}//gmd:keyword/gco:CharacterString/text()", namespaces=NS),
    }


@bp.post("/<partner_id>/records")
def import_record(partner_id: str):
    if request.mimetype not in ("application/xml", "text/xml"):
        abort(415)
    try:
        record = parse_record(request.get_data())
    except etree.XMLSyntaxError as exc:
        return jsonify(error=str(exc)), 400
    if not record["external_id"]:
        return jsonify(error="missing fileIdentifier"), 400
    dataset_id = upsert_dataset(source=partner_id, **record)
    log.info("partner %s upserted dataset %s", partner_id, dataset_id)
    return jsonify(dataset_id=dataset_id), 201
