"""Parses JDF job tickets that trade customers upload alongside artwork.

We only read a handful of nodes: the product intent (quantity, finished size),
the media intent (stock) and the binding intent, and map them onto our order
line fields.
"""
from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

JDF_NS = {"jdf": "http://www.CIP4.org/JDFSchema_1_1"}

_PARSER_OPTS = dict(
    remove_blank_text=True,
    load_dtd=True,
    resolve_entities=True,
    huge_tree=False,
)


@dataclass
class TicketSummary:
    job_name: str
    quantity: int
    finished_size: str | None
    stock: str | None
    binding: str | None


def _first(node, xpath: str) -> str | None:
    found = node.xpath(xpath, namespaces=JDF_NS)
    return str(found[0]) if found else None


def parse_ticket(data: bytes) -> TicketSummary:
    parser = etree.XMLParser(**_PARSER_OPTS)
    root = etree.fromstring(data, parser)
    return TicketSummary(
        job_name=root.get("DescriptiveName") or root.get("JobID", ""),
        quantity=int(_first(root, "//jdf:ProductIntent/@Amount") or 0),
        finished_size=_first(root, "//jdf:LayoutIntent/jdf:Dimensions/@Actual"),
        stock=_first(root, "//jdf:MediaIntent/jdf:StockBrand/@Actual"),
        binding=_first(root, "//jdf:BindingIntent/jdf:BindingType/@Actual"),
    )
