"""Imports turnstile audit logs exported by the gate hardware vendor.

Operations staff upload the vendor's XML export after each fixture so entry
counts per turnstile can be reconciled with the ticketing system.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from fastapi import FastAPI, File, UploadFile
from lxml import etree

app = FastAPI(title="turnstile-log-import")

VENDOR_PARSER_OPTIONS = {
    "remove_blank_text": True,
    "load_dtd": True,
    "resolve_entities": True,
    "huge_tree": False,
}


@dataclass(frozen=True)
class PassageEvent:
    turnstile: str
    ticket_ref: str
    timestamp: str
    outcome: str


def parse_vendor_export(raw: bytes) -> list[PassageEvent]:
    parser = etree.XMLParser(**VENDOR_PARSER_OPTIONS)
    root = etree.fromstring(raw, parser)
    events = []
    for node in root.iterfind(".//Passage"):
        events.append(
            PassageEvent(
                turnstile=node.get("lane", ""),
                ticket_ref=node.findtext("Ticket", default=""),
                timestamp=node.findtext("Time", default=""),
                outcome=node.findtext("Result", default="UNKNOWN"),
            )
        )
    return events


@app.post("/imports/turnstile-log")
async def import_turnstile_log(export: UploadFile = File(...)) -> dict:
    events = parse_vendor_export(await export.read())
    admitted = Counter(e.turnstile for e in events if e.outcome == "GRANTED")
    return {
        "events": len(events),
        "admitted_total": sum(admitted.values()),
        "by_turnstile": dict(admitted),
    }
