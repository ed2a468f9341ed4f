"""Import work orders exported by the ride manufacturers' service portals.

Manufacturers send scheduled-inspection bulletins as XML; the maintenance
planners upload the file in the CMMS admin and we turn each <task> into a
draft work order.
"""
from dataclasses import dataclass
from datetime import date

from lxml import etree

NS = {"b": "urn:ridemfr:bulletin:2"}


@dataclass
class DraftWorkOrder:
    ride_serial: str
    task_code: str
    title: str
    due: date
    interval_hours: int | None


def _parser() -> etree.XMLParser:
    return etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


def parse_bulletin(data: bytes) -> list[DraftWorkOrder]:
    root = etree.fromstring(data, parser=_parser())
    serial = root.findtext("b:ride/b:serial", namespaces=NS)
    drafts = []
    for task in root.iterfind("b:tasks/b:task", namespaces=NS):
        interval = task.findtext("b:intervalHours", namespaces=NS)
        drafts.append(
            DraftWorkOrder(
                ride_serial=serial,
                task_code=task.get("code"),
                title=(task.findtext("b:title", namespaces=NS) or "").strip(),
                due=date.fromisoformat(task.findtext("b:due", namespaces=NS)),
                interval_hours=int(interval) if interval else None,
            )
        )
    return drafts


def import_upload(upload, work_orders) -> int:
    drafts = parse_bulletin(upload.read())
    for d in drafts:
        work_orders.create_draft(
            ride_serial=d.ride_serial, task_code=d.task_code, title=d.title,
            due=d.due, interval_hours=d.interval_hours, source="mfr-bulletin",
        )
    return len(drafts)
