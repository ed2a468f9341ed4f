"""Reads distributor purchase orders from the SFTP drop folder.

Files arrive as XML in the distributor's own schema; we map them onto our
order model and move processed files to an archive folder.
"""
import logging
import shutil
from decimal import Decimal
from pathlib import Path

import defusedxml.ElementTree as SafeET

log = logging.getLogger(__name__)

NS = {"po": "urn:distillery:purchase-order:1"}


def _req(node, path: str) -> str:
    value = node.findtext(path, namespaces=NS)
    if value is None:
        raise ValueError(f"missing element {path}")
    return value.strip()


def parse_order(path: Path) -> dict:
    root = SafeET.parse(path).getroot()
    return {
        "po_number": _req(root, "po:Number"),
        "distributor": _req(root, "po:Distributor"),
        "ship_to": _req(root, "po:ShipTo"),
        "lines": [
            {
                "sku": _req(line, "po:Sku"),
                "cases": int(_req(line, "po:Cases")),
                "unit_price": Decimal(_req(line, "po:UnitPrice")),
            }
            for line in root.iterfind("po:Lines/po:Line", NS)
        ],
    }


def process_drop_folder(inbox: Path, archive: Path, handler) -> int:
    archive.mkdir(parents=True, exist_ok=True)
    done = 0
    for xml_file in sorted(inbox.glob("*.xml")):
        try:
            order = parse_order(xml_file)
        except Exception:
            log.exception("could not parse %s", xml_file.name)
            continue
        handler(order)
        shutil.move(str(xml_file), archive / xml_file.name)
        done += 1
    return done
