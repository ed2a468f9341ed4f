"""Imports school and club group bookings that arrive as XML from the partner portal."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from fastapi import FastAPI, File, HTTPException, UploadFile
from lxml import etree

app = FastAPI()

PARSER_OPTIONS = {
    "remove_blank_text": True,
    "load_dtd": True,
    "resolve_entities": True,
    "no_network": False,
    "huge_tree": False,
}


@dataclass
class GroupBooking:
    organisation: str
    contact_email: str
    session_start: datetime
    jumpers: int
    supervisors: int


class GroupBookingParser:
    def __init__(self, **overrides) -> None:
        self._parser = etree.XMLParser(**{**PARSER_OPTIONS, **overrides})

    def parse(self, payload: bytes) -> list[GroupBooking]:
        root = etree.fromstring(payload, parser=self._parser)
        bookings = []
        for node in root.iterfind("booking"):
            bookings.append(
                GroupBooking(
                    organisation=node.findtext("organisation", "").strip(),
                    contact_email=node.findtext("contact/email", "").strip(),
                    session_start=datetime.fromisoformat(node.findtext("start")),
                    jumpers=int(node.findtext("jumpers", "0")),
                    supervisors=int(node.findtext("supervisors", "0")),
                )
            )
        return bookings


@app.post("/partners/group-bookings")
async def upload_group_bookings(file: UploadFile = File(...)):
    payload = await file.read()
    try:
        bookings = GroupBookingParser().parse(payload)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise HTTPException(status_code=422, detail=str(exc))
    short = [b.organisation for b in bookings if b.supervisors * 8 < b.jumpers]
    return {"imported": len(bookings), "under_supervised": short}
