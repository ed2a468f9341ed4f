"""Pre-flight checks on SVG artwork uploaded with a pin order.

Before the art team picks up an order we read the SVG to count distinct fill
colours (each one becomes an enamel fill), look for embedded raster images and
check the document size so obviously unusable files bounce straight back.
"""
from dataclasses import dataclass, field

from lxml import etree

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
MAX_ENAMEL_COLOURS = 12


@dataclass
class PreflightReport:
    width: str | None
    height: str | None
    fill_colours: set[str] = field(default_factory=set)
    embedded_images: int = 0
    problems: list[str] = field(default_factory=list)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False,
                           huge_tree=False)


def inspect_svg(data: bytes) -> PreflightReport:
    root = etree.fromstring(data, parser=_parser())
    report = PreflightReport(width=root.get("width"), height=root.get("height"))
    for el in root.iter():
        fill = el.get("fill")
        if fill and fill not in ("none", "transparent"):
            report.fill_colours.add(fill.lower())
        if el.tag == f"{{{SVG_NS}}}image":
            report.embedded_images += 1
    for text in root.iter(f"{{{SVG_NS}}}text"):
        if (text.text or "").strip():
            report.problems.append("live text found: convert fonts to outlines")
            break
    if len(report.fill_colours) > MAX_ENAMEL_COLOURS:
        report.problems.append(
            f"{len(report.fill_colours)} fill colours; max is {MAX_ENAMEL_COLOURS}")
    if report.embedded_images:
        report.problems.append("embedded raster images cannot be used for die lines")
    return report


def preflight_upload(file_storage) -> dict:
    report = inspect_svg(file_storage.read())
    return {
        "ok": not report.problems,
        "colours": sorted(report.fill_colours),
        "problems": report.problems,
    }
