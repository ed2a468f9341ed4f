"""Check customer SVG uploads and strip anything the cutter software chokes on."""
from __future__ import annotations

from lxml import etree

SVG_NS = "http://www.w3.org/2000/svg"
STRIP_TAGS = {"script", "foreignObject", "metadata"}


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        remove_comments=True,
        huge_tree=False,
    )


class SvgUploadSanitizer:
    def __init__(self, max_bytes: int = 10 * 1024 * 1024) -> None:
        self.max_bytes = max_bytes
        self.parser = _parser()

    def load(self, data: bytes) -> etree._Element:
        if len(data) > self.max_bytes:
            raise ValueError("SVG too large")
        root = etree.fromstring(data, parser=self.parser)
        if etree.QName(root).localname != "svg":
            raise ValueError("not an SVG document")
        return root

    def sanitize(self, data: bytes) -> bytes:
        root = self.load(data)
        for el in list(root.iter()):
            if not isinstance(el.tag, str):
                continue
            if etree.QName(el).localname in STRIP_TAGS:
                el.getparent().remove(el)
                continue
            for attr in list(el.attrib):
                if attr.lower().startswith("on"):
                    del el.attrib[attr]
        return etree.tostring(root, xml_declaration=True, encoding="utf-8")

    def layer_names(self, data: bytes) -> list[str]:
        root = self.load(data)
        groups = root.findall(f"{{{SVG_NS}}}g")
        return [g.get("id") or g.get("{http://www.inkscape.org/namespaces/inkscape}label", "")
                for g in groups]
