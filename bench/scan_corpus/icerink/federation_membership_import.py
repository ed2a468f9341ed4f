"""Imports the national federation's monthly membership roll for the club.

The federation portal sends an XML roll of every licensed skater
registered to the club; the club secretary uploads it here.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import Iterator

from lxml import etree
from fastapi import FastAPI, File, UploadFile

app = FastAPI(title="membership-import")
log = logging.getLogger("membership.import")

NS = {"f": "urn:federation:roll:1"}


@dataclass
class RollEntry:
    licence: str
    surname: str
    forename: str
    expires: date


class RollParser:
    def __init__(self) -> None:
        self._parser = etree.XMLParser(
            load_dtd=True,
            resolve_entities=True,
            no_network=False,
            remove_blank_text=True,
        )

    def entries(self, data: bytes) -> Iterator[RollEntry]:
        root = etree.fromstring(data, self._parser)
        for node in root.iterfind("f:skater", NS):
            yield RollEntry(
                licence=node.findtext("f:licence", "", NS),
                surname=node.findtext("f:surname", "", NS),
                forename=node.findtext("f:forename", "", NS),
                expires=date.fromisoformat(node.findtext("f:expires", "", NS)),
            )


@app.post("/membership/roll")
async def import_roll(roll: UploadFile = File(...)) -> dict:
    data = await roll.read()
    imported = list(RollParser().entries(data))
    log.info("imported %d licensed skaters from %s", len(imported), roll.filename)
    return {
        "imported": len(imported),
        "sample": [e.surname for e in imported[:5]],
    }
