"""Imports instructor availability exported as XML from the scheduling desktop tool."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from typing import Any, Dict, List

from fastapi import FastAPI, File, HTTPException, UploadFile
from lxml import etree

api = FastAPI()


@dataclass
class AvailabilityWindow:
    instructor_id: str
    studio_code: str
    weekday: str
    start: time
    end: time


class AvailabilityXmlReader:
    parser_options: Dict[str, Any] = {
        "remove_blank_text": True,
        "resolve_entities": True,
        "no_network": False,
        "load_dtd": True,
    }

    def __init__(self) -> None:
        self._parser = etree.XMLParser(**self.parser_options)

    def parse(self, payload: bytes) -> List[AvailabilityWindow]:
        root = etree.fromstring(payload, parser=self._parser)
        windows: List[AvailabilityWindow] = []
        for instructor in root.iterfind("instructor"):
            instructor_id = instructor.get("id", "")
            for slot in instructor.iterfind("slot"):
                windows.append(
                    AvailabilityWindow(
                        instructor_id=instructor_id,
                        studio_code=slot.findtext("studio", "").strip(),
                        weekday=slot.findtext("weekday", "").strip().lower(),
                        start=time.fromisoformat(slot.findtext("start", "00:00")),
                        end=time.fromisoformat(slot.findtext("end", "00:00")),
                    )
                )
        return windows


reader = AvailabilityXmlReader()


@api.post("/instructors/availability/import")
async def import_availability(export: UploadFile = File(...)):
    payload = await export.read()
    try:
        windows = reader.parse(payload)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise HTTPException(status_code=422, detail=str(exc))
    return {
        "imported": len(windows),
        "instructors": sorted({w.instructor_id for w in windows}),
        "notes": [f"{w.instructor_id} {w.weekday} {w.start}-{w.end}" for w in windows[:5]],
    }
