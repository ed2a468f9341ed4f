"""Parses the nightly HRIS worker feed (XML) pushed to us by the parent company."""
from datetime import date

from lxml import etree

FEED_PARSER = etree.XMLParser(
    resolve_entities=False,
    load_dtd=False,
    no_network=True,
    huge_tree=False,
    remove_blank_text=True,
)
NS = {"w": "urn:hris:workers:2"}


def parse_worker_feed(payload: bytes) -> list[dict]:
    root = etree.fromstring(payload, parser=FEED_PARSER)
    workers = []
    for node in root.iterfind("w:Worker", namespaces=NS):
        workers.append(
            {
                "employee_number": node.findtext("w:EmployeeNumber", namespaces=NS),
                "legal_name": node.findtext("w:LegalName", namespaces=NS),
                "email": (node.findtext("w:Email", default="", namespaces=NS) or "").lower(),
                "department": node.findtext("w:DepartmentCode", namespaces=NS),
                "hire_date": date.fromisoformat(node.findtext("w:HireDate", namespaces=NS)),
                "status": node.get("status", "active"),
            }
        )
    return workers


def sync_workers(payload: bytes, repository) -> tuple[int, int]:
    workers = parse_worker_feed(payload)
    created = updated = 0
    for worker in workers:
        if repository.upsert_worker(worker):
            created += 1
        else:
            updated += 1
    return created, updated
