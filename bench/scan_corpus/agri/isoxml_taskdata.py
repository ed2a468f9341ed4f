"""Reader for ISO 11783-10 (ISOXML) TASKDATA exported by tractor terminals.

Growers upload TASKDATA.XML from the terminal's USB stick; we pull out
tasks, the fields they ran on and applied product totals.
"""
from dataclasses import dataclass

from lxml import etree

_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=True, load_dtd=True)


@dataclass
class TaskSummary:
    task_id: str
    designator: str
    partfield_ref: str | None
    products: dict[str, float]


def _partfield_names(root) -> dict[str, str]:
    return {pfd.get("A"): pfd.get("C", "") for pfd in root.iter("PFD")}


def _product_totals(tsk) -> dict[str, float]:
    totals: dict[str, float] = {}
    for pan in tsk.iter("PAN"):
        product = pan.get("A")
        amount = float(pan.get("C", "0") or 0)
        totals[product] = totals.get(product, 0.0) + amount
    return totals


def read_taskdata(xml_bytes: bytes) -> tuple[dict[str, str], list[TaskSummary]]:
    root = etree.fromstring(xml_bytes, parser=_PARSER)
    if root.tag != "ISO11783_TaskData":
        raise ValueError(f"unexpected root element {root.tag!r}")
    fields = _partfield_names(root)
    tasks = [
        TaskSummary(
            task_id=tsk.get("A"),
            designator=tsk.get("B", ""),
            partfield_ref=tsk.get("E"),
            products=_product_totals(tsk),
        )
        for tsk in root.iter("TSK")
    ]
    return fields, tasks


def import_upload(upload, farm, repo):
    fields, tasks = read_taskdata(upload.read())
    for task in tasks:
        repo.upsert_task(
            farm_id=farm.id,
            external_id=task.task_id,
            name=task.designator,
            field_name=fields.get(task.partfield_ref or "", ""),
            products=task.products,
        )
    return len(tasks)
