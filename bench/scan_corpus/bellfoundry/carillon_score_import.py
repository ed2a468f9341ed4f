"""Imports MusicXML arrangements submitted by carillonneurs for automatic-play programming."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)

BASE_PARSER_OPTIONS: Dict[str, Any] = {"remove_blank_text": True, "huge_tree": False}


@dataclass
class ScoreNote:
    step: str
    octave: int
    alter: int
    duration: int


class MusicXmlReader:
    parser_overrides: Dict[str, Any] = {"load_dtd": True, "resolve_entities": True, "no_network": False}

    def __init__(self, bell_range: tuple[int, int] = (3, 7)) -> None:
        self.bell_range = bell_range
        self._parser = etree.XMLParser(**{**BASE_PARSER_OPTIONS, **self.parser_overrides})

    def parse(self, payload: bytes) -> etree._Element:
        return etree.fromstring(payload, parser=self._parser)

    def notes(self, root: etree._Element) -> List[ScoreNote]:
        found: List[ScoreNote] = []
        for note in root.iter("note"):
            pitch = note.find("pitch")
            if pitch is None:
                continue
            found.append(
                ScoreNote(
                    step=pitch.findtext("step", "C"),
                    octave=int(pitch.findtext("octave", "4")),
                    alter=int(pitch.findtext("alter", "0")),
                    duration=int(note.findtext("duration", "1")),
                )
            )
        return found

    def playable(self, notes: List[ScoreNote]) -> bool:
        low, high = self.bell_range
        return all(low <= n.octave <= high for n in notes)


reader = MusicXmlReader()


@app.post("/carillon/<tower>/scores")
def upload_score(tower: str):
    root = reader.parse(request.get_data())
    notes = reader.notes(root)
    title = root.findtext(".//work-title") or "untitled"
    return jsonify({
        "tower": tower,
        "title": title,
        "notes": len(notes),
        "playable": reader.playable(notes),
    })
