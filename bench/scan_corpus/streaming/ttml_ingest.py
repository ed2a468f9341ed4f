"""Parses uploaded TTML/DFXP caption files into the internal cue format."""
from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

TT_NS = {"tt": "http://www.w3.org/ns/ttml"}
_PARSER = etree.XMLParser(resolve_entities=True, load_dtd=True, remove_blank_text=True)


@dataclass
class Cue:
    start: float
    end: float
    text: str


def _clock(value: str) -> float:
    if value.endswith("s"):
        return float(value[:-1])
    h, m, s = value.split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)


def parse_ttml(data: bytes) -> list[Cue]:
    root = etree.fromstring(data, parser=_PARSER)
    cues = []
    for p in root.iterfind(".//tt:body//tt:p", namespaces=TT_NS):
        begin, end = p.get("begin"), p.get("end")
        if not begin or not end:
            continue
        text = " ".join(t.strip() for t in p.itertext() if t.strip())
        cues.append(Cue(_clock(begin), _clock(end), text))
    return cues


def to_webvtt(cues: list[Cue]) -> str:
    def ts(sec: float) -> str:
        h, rem = divmod(sec, 3600)
        m, s = divmod(rem, 60)
        return f"{int(h):02d}:{int(m):02d}:{s:06.3f}"

    blocks = ["WEBVTT", ""]
    for cue in cues:
        blocks += [f"{ts(cue.start)} --> {ts(cue.end)}", cue.text, ""]
    return "\n".join(blocks)
