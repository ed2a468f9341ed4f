"""Reads safety data sheet summaries pushed by the crop-protection supplier.

The supplier posts XML; we keep hazard statements and PPE requirements so
the spray planner can show them next to each product.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import defusedxml.ElementTree as DET
from flask import Blueprint, abort, current_app, request

bp = Blueprint("sds_feed", __name__)


@dataclass
class SdsSummary:
    product_code: str
    hazard_statements: list[str] = field(default_factory=list)
    ppe: list[str] = field(default_factory=list)


def parse_sds(xml_bytes: bytes) -> SdsSummary:
    root = DET.fromstring(xml_bytes)
    code = root.findtext("product/code")
    if not code:
        raise ValueError("product code missing")
    return SdsSummary(
        product_code=code.strip(),
        hazard_statements=[h.text.strip() for h in root.iterfind("hazards/statement") if h.text],
        ppe=[p.text.strip() for p in root.iterfind("ppe/item") if p.text],
    )


@bp.post("/feeds/sds")
def receive_sds():
    try:
        summary = parse_sds(request.get_data())
    except (DET.ParseError, ValueError):
        abort(400)
    current_app.extensions["sds_store"].upsert(summary)
    return {"product": summary.product_code}, 201
