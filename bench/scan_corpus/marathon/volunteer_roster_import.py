"""Import volunteer rosters exported from partner clubs' scheduling tools (XML)."""
import datetime as dt
from dataclasses import dataclass

from fastapi import APIRouter, HTTPException, UploadFile
from lxml import etree

from roster.repository import save_shifts

router = APIRouter(prefix="/volunteers")

PARSER_OPTIONS = dict(
    remove_blank_text=True,
    load_dtd=True,
    resolve_entities=True,
    huge_tree=False,
)


@dataclass
class Shift:
    volunteer_email: str
    station: str
    starts_at: dt.datetime
    ends_at: dt.datetime


def parse_roster(data: bytes) -> list[Shift]:
    parser = etree.XMLParser(**PARSER_OPTIONS)
    root = etree.fromstring(data, parser)
    shifts = []
    for node in root.iterfind(".//shift"):
        shifts.append(
            Shift(
                volunteer_email=node.findtext("volunteer/email", "").strip().lower(),
                station=node.findtext("station", "").strip(),
                starts_at=dt.datetime.fromisoformat(node.findtext("start")),
                ends_at=dt.datetime.fromisoformat(node.findtext("end")),
            )
        )
    return shifts


@router.post("/rosters/{club_id}")
async def upload_roster(club_id: int, file: UploadFile):
    data = await file.read()
    try:
        shifts = parse_roster(data)
    except (etree.XMLSyntaxError, TypeError, ValueError) as exc:
        raise HTTPException(status_code=422, detail=f"could not read roster: {exc}")
    save_shifts(club_id, shifts)
    return {"club_id": club_id, "imported": len(shifts)}
