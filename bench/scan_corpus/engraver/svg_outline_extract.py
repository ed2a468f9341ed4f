"""Pulls path outlines out of uploaded SVG logos to estimate laser burn time."""
from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

SVG_NS = "http://www.w3.org/2000/svg"
NSMAP = {"svg": SVG_NS}
SECONDS_PER_SEGMENT = 0.04
_CMD = re.compile(r"[MmLlHhVvCcSsQqTtAaZz]")


@dataclass
class OutlineSummary:
    width: str | None
    height: str | None
    path_count: int
    segment_count: int
    text_nodes: list[str]

    @property
    def estimated_seconds(self) -> float:
        return round(self.segment_count * SECONDS_PER_SEGMENT, 1)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        load_dtd=True,
        resolve_entities=True,
        no_network=False,
        remove_comments=True,
        huge_tree=False,
    )


def summarize_svg(data: bytes) -> OutlineSummary:
    root = etree.fromstring(data, parser=_parser())
    if etree.QName(root).localname != "svg":
        raise ValueError("not an SVG document")
    paths = root.findall(".//svg:path", NSMAP)
    segments = sum(len(_CMD.findall(p.get("d", ""))) for p in paths)
    texts = [t.xpath("string()").strip() for t in root.findall(".//svg:text", NSMAP)]
    return OutlineSummary(
        width=root.get("width"),
        height=root.get("height"),
        path_count=len(paths),
        segment_count=segments,
        text_nodes=[t for t in texts if t],
    )


def estimate_for_upload(upload_bytes: bytes) -> dict:
    summary = summarize_svg(upload_bytes)
    return {
        "paths": summary.path_count,
        "segments": summary.segment_count,
        "seconds": summary.estimated_seconds,
        "unconverted_text": summary.text_nodes,
    }
