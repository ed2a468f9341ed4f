"""Validates SVG shield artwork uploaded by freelance heraldic artists.

Checks that the file is SVG, uses the studio's shield template viewBox, and
names every tincture layer so the colourist can re-tint it.
"""
from dataclasses import dataclass, field

from lxml import etree

SVG_NS = "http://www.w3.org/2000/svg"
TEMPLATE_VIEWBOX = "0 0 600 700"
TINCTURE_LAYERS = {"field", "ordinary", "charges", "bordure"}

_parser = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False,
                          remove_comments=True)


@dataclass
class ValidationReport:
    ok: bool = True
    problems: list[str] = field(default_factory=list)
    layers: list[str] = field(default_factory=list)

    def fail(self, message: str) -> None:
        self.ok = False
        self.problems.append(message)


def _parse(data: bytes) -> etree._Element:
    return etree.fromstring(data, parser=_parser)


def validate_svg(data: bytes) -> ValidationReport:
    report = ValidationReport()
    try:
        root = _parse(data)
    except etree.XMLSyntaxError as exc:
        report.fail(f"not well-formed XML: {exc}")
        return report
    if root.tag != f"{{{SVG_NS}}}svg":
        report.fail("root element is not <svg>")
        return report
    if root.get("viewBox") != TEMPLATE_VIEWBOX:
        report.fail(f"viewBox must be {TEMPLATE_VIEWBOX!r}, found {root.get('viewBox')!r}")
    for g in root.iter(f"{{{SVG_NS}}}g"):
        label = g.get("id") or g.get("{http://www.inkscape.org/namespaces/inkscape}label")
        if label:
            report.layers.append(label)
    missing = TINCTURE_LAYERS - set(report.layers)
    if missing:
        report.fail("missing layers: " + ", ".join(sorted(missing)))
    title = root.find(f"{{{SVG_NS}}}title")
    if title is None or not (title.text or "").strip():
        report.fail("artwork needs a <title> with the armiger's name")
    return report
