"""Import of work orders sent by the council as XML.

The council's highways system exports street-lighting work orders in its
own XML schema. Officers upload the export through the portal and each
order becomes a job in the dispatch queue.
"""
from __future__ import annotations

from datetime import datetime

from celery import shared_task
from lxml import etree

from lamplighter.dispatch import create_job, job_exists
from lamplighter.storage import read_upload

NS = {"wo": "urn:council:highways:workorder:3"}
WORK_ORDER_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False, remove_blank_text=True)
PRIORITY_MAP = {"P1": 1, "P2": 2, "P3": 3, "ROUTINE": 4}


def _text(node, path: str, default: str = "") -> str:
    found = node.find(path, NS)
    return found.text.strip() if found is not None and found.text else default


def parse_orders(payload: bytes) -> list[dict]:
    root = etree.fromstring(payload, WORK_ORDER_PARSER)
    orders = []
    for node in root.iterfind("wo:WorkOrder", NS):
        orders.append(
            {
                "council_ref": _text(node, "wo:Reference"),
                "asset_id": _text(node, "wo:AssetId"),
                "priority": PRIORITY_MAP.get(_text(node, "wo:Priority"), 4),
                "description": _text(node, "wo:Description"),
                "due": datetime.fromisoformat(_text(node, "wo:DueBy")),
            }
        )
    return orders


@shared_task
def import_work_orders(upload_id: str) -> dict:
    payload = read_upload(upload_id)
    created = skipped = 0
    for order in parse_orders(payload):
        if job_exists(order["council_ref"]):
            skipped += 1
            continue
        create_job(**order)
        created += 1
    return {"created": created, "skipped": skipped}
