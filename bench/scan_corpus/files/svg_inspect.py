"""Inspect user-uploaded SVG icons before they are added to the icon library."""
from lxml import etree

SVG_NS = "http://www.w3.org/2000/svg"
MAX_BYTES = 512 * 1024
FORBIDDEN_TAGS = {"script", "foreignObject", "iframe"}


class IconRejected(ValueError):
    pass


class SvgInspector:
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
    )

    def __init__(self, max_bytes: int = MAX_BYTES) -> None:
        self.max_bytes = max_bytes

    def inspect(self, data: bytes) -> dict:
        if len(data) > self.max_bytes:
            raise IconRejected("icon too large")
        try:
            root = etree.fromstring(data, parser=self.parser)
        except etree.XMLSyntaxError as exc:
            raise IconRejected(f"not well-formed: {exc}") from exc

        if etree.QName(root).namespace != SVG_NS or etree.QName(root).localname != "svg":
            raise IconRejected("root element is not <svg>")

        for el in root.iter(etree.Element):
            if etree.QName(el).localname in FORBIDDEN_TAGS:
                raise IconRejected(f"<{etree.QName(el).localname}> is not allowed")
            if any(attr.lower().startswith("on") for attr in el.attrib):
                raise IconRejected("event handler attributes are not allowed")

        return {
            "viewBox": root.get("viewBox"),
            "width": root.get("width"),
            "height": root.get("height"),
            "elements": sum(1 for _ in root.iter(etree.Element)),
        }
