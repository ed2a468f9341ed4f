"""Read product catalogue updates that distributors send back as XML."""
from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from lxml import etree

CATALOG_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
)


def iter_catalog_items(xml_bytes: bytes) -> Iterator[dict]:
    root = etree.fromstring(xml_bytes, parser=CATALOG_PARSER)
    for item in root.iterfind(".//Item"):
        yield {
            "distributor_sku": item.get("sku", ""),
            "winery_sku": item.findtext("SupplierSKU", default="").strip(),
            "case_price": Decimal(item.findtext("CasePrice", default="0")),
            "state_codes": [s.text for s in item.iterfind("States/State") if s.text],
            "active": item.findtext("Status", default="active") == "active",
        }


def diff_catalog(current: dict[str, dict], xml_bytes: bytes) -> dict[str, list[str]]:
    changes: dict[str, list[str]] = {"added": [], "changed": [], "removed": []}
    seen = set()
    for item in iter_catalog_items(xml_bytes):
        sku = item["winery_sku"]
        seen.add(sku)
        if sku not in current:
            changes["added"].append(sku)
        elif current[sku]["case_price"] != item["case_price"]:
            changes["changed"].append(sku)
    changes["removed"] = sorted(set(current) - seen)
    return changes
