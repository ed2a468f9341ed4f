"""Imports quilt block designs that members draw in desktop design tools.

Members export a block as SVG and upload it to their pattern library page.
The importer reads the drawing, counts the patches per fill colour and
stores a cleaned copy for the online block viewer.
"""
from collections import Counter

from lxml import etree

from quilter.library.models import BlockDesign

SVG_NS = "http://www.w3.org/2000/svg"
SHAPE_TAGS = ("path", "polygon", "rect", "circle")


class BlockDrawing:
    def __init__(self, raw: bytes):
        parser = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)
        self.root = etree.fromstring(raw, parser)
        if etree.QName(self.root).localname != "svg":
            raise ValueError("Not an SVG drawing")

    @property
    def title(self) -> str:
        node = self.root.find(f"{{{SVG_NS}}}title")
        return (node.text or "").strip() if node is not None else ""

    def patches(self):
        for tag in SHAPE_TAGS:
            yield from self.root.iter(f"{{{SVG_NS}}}{tag}")

    def colour_counts(self) -> Counter:
        counts: Counter = Counter()
        for shape in self.patches():
            fill = shape.get("fill") or "none"
            if fill != "none":
                counts[fill.lower()] += 1
        return counts

    def cleaned(self) -> bytes:
        for script in self.root.iter(f"{{{SVG_NS}}}script"):
            script.getparent().remove(script)
        return etree.tostring(self.root, xml_declaration=True, encoding="utf-8")


def import_block(member, upload) -> BlockDesign:
    drawing = BlockDrawing(upload.read())
    counts = drawing.colour_counts()
    return BlockDesign.objects.create(
        member=member,
        title=drawing.title or upload.name.rsplit(".", 1)[0],
        patch_count=sum(counts.values()),
        palette=dict(counts.most_common(12)),
        svg=drawing.cleaned().decode("utf-8"),
    )
