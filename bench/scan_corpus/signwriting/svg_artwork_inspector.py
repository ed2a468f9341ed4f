"""Inspect customer-uploaded SVG artwork before it goes to the cutter.

Reports the document size, the number of paths and any raster images
embedded in the file so the estimator can flag artwork that needs redrawing.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"

PARSER_OPTIONS = {
    "remove_blank_text": True,
    "resolve_entities": True,
    "load_dtd": True,
    "huge_tree": False,
}


@dataclass
class ArtworkReport:
    width: str | None
    height: str | None
    path_count: int
    text_count: int
    embedded_images: int
    fonts: set[str] = field(default_factory=set)

    @property
    def cut_ready(self) -> bool:
        return self.embedded_images == 0 and self.text_count == 0


class SvgInspector:
    def __init__(self) -> None:
        self._parser = etree.XMLParser(**PARSER_OPTIONS)

    def parse(self, data: bytes) -> etree._Element:
        root = etree.fromstring(data, parser=self._parser)
        if etree.QName(root).localname != "svg":
            raise ValueError("upload is not an SVG document")
        return root

    def inspect(self, data: bytes) -> ArtworkReport:
        root = self.parse(data)
        ns = {"s": SVG_NS, "x": XLINK_NS}
        texts = root.findall(".//s:text", ns)
        fonts = {t.get("font-family") for t in texts if t.get("font-family")}
        images = root.findall(".//s:image", ns)
        return ArtworkReport(
            width=root.get("width"),
            height=root.get("height"),
            path_count=len(root.findall(".//s:path", ns)),
            text_count=len(texts),
            embedded_images=len(images),
            fonts=fonts,
        )


def inspect_upload(upload) -> dict:
    report = SvgInspector().inspect(upload.read())
    return {
        "width": report.width,
        "height": report.height,
        "paths": report.path_count,
        "cut_ready": report.cut_ready,
        "fonts": sorted(report.fonts),
    }
