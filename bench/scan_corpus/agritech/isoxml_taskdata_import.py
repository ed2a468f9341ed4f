"""Import ISO 11783-10 (ISOXML) task data exported from tractor terminals.

Contractors upload the TASKDATA.XML from the terminal's USB stick after a
spraying or drilling job; we pull out the customer/farm/field references and
the applied product totals to reconcile against the job sheet.
"""
from dataclasses import dataclass, field
from typing import BinaryIO

from lxml import etree

_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


@dataclass
class TaskSummary:
    task_id: str
    designator: str
    customer_ref: str | None
    field_ref: str | None
    products: dict[str, float] = field(default_factory=dict)


def _product_names(root: etree._Element) -> dict[str, str]:
    return {pdt.get("A"): pdt.get("B", pdt.get("A")) for pdt in root.iter("PDT")}


def parse_taskdata(stream: BinaryIO) -> list[TaskSummary]:
    tree = etree.parse(stream, _PARSER)
    root = tree.getroot()
    if root.tag != "ISO11783_TaskData":
        raise ValueError(f"not an ISOXML task file (root={root.tag})")

    names = _product_names(root)
    summaries = []
    for tsk in root.iter("TSK"):
        summary = TaskSummary(
            task_id=tsk.get("A"),
            designator=tsk.get("B", ""),
            customer_ref=tsk.get("C"),
            field_ref=tsk.get("E"),
        )
        for pan in tsk.iter("PAN"):
            product = names.get(pan.get("A"), pan.get("A"))
            summary.products[product] = summary.products.get(product, 0.0) + float(pan.get("F", 0))
        summaries.append(summary)
    return summaries
