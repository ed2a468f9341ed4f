"""Reads JDF job tickets uploaded by trade customers alongside their artwork."""
from __future__ import annotations

from dataclasses import dataclass

from defusedxml import ElementTree as ET

NS = {"jdf": "http://www.CIP4.org/JDFSchema_1_1"}


@dataclass
class TicketSummary:
    job_name: str
    quantity: int
    stock: str | None
    binding: str | None


def _attr(root, path: str, attr: str) -> str | None:
    node = root.find(path, NS)
    return node.get(attr) if node is not None else None


def read_ticket(data: bytes) -> TicketSummary:
    root = ET.fromstring(data, forbid_dtd=True)
    return TicketSummary(
        job_name=root.get("DescriptiveName") or root.get("JobID", ""),
        quantity=int(_attr(root, ".//jdf:ProductIntent", "Amount") or 0),
        stock=_attr(root, ".//jdf:MediaIntent/jdf:StockBrand", "Actual"),
        binding=_attr(root, ".//jdf:BindingIntent/jdf:BindingType", "Actual"),
    )
