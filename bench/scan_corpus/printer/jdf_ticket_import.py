"""Import JDF job tickets pushed by trade customers' MIS systems.

Larger resellers send a JDF document per order; we read the job id, the
product intent (quantity, size, stock) and the referenced artwork file names.
"""
from flask import Blueprint, abort, jsonify, request
from lxml import etree

from printshop.trade.auth import require_trade_key
from printshop.trade.orders import create_from_jdf

bp = Blueprint("jdf_import", __name__, url_prefix="/trade/jdf")


def _parser() -> etree.XMLParser:
    return etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)


def _local(tag: str) -> str:
    return etree.QName(tag).localname


def summarise(root: etree._Element) -> dict:
    summary = {"job_id": root.get("JobID"), "descriptive": root.get("DescriptiveName"), "items": []}
    for node in root.iter():
        if not isinstance(node.tag, str):
            continue
        if _local(node.tag) == "LayoutIntent":
            summary["size"] = node.get("FinishedDimensions")
        elif _local(node.tag) == "MediaIntent":
            summary["stock"] = node.get("DescriptiveName")
        elif _local(node.tag) == "FileSpec":
            summary["items"].append(node.get("URL"))
        elif _local(node.tag) == "Component" and node.get("Amount"):
            summary["quantity"] = int(float(node.get("Amount")))
    return summary


@bp.post("/")
@require_trade_key
def import_jdf():
    try:
        root = etree.fromstring(request.get_data(), _parser())
    except etree.XMLSyntaxError:
        abort(400, "malformed JDF")
    summary = summarise(root)
    if not summary["job_id"]:
        abort(422, "JDF has no JobID")
    order = create_from_jdf(summary)
    return jsonify({"order": order.reference, "summary": summary}), 201
