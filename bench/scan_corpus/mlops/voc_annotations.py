"""Parse PASCAL VOC annotation files from uploaded detection datasets."""
from __future__ import annotations

import xml.sax
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.handler import ContentHandler, feature_external_ges, feature_namespaces


@dataclass
class BBox:
    label: str
    xmin: int
    ymin: int
    xmax: int
    ymax: int


@dataclass
class Annotation:
    filename: str = ""
    width: int = 0
    height: int = 0
    boxes: list[BBox] = field(default_factory=list)


class _VocHandler(ContentHandler):
    def __init__(self):
        super().__init__()
        self.ann = Annotation()
        self._path: list[str] = []
        self._text = ""
        self._obj: dict = {}

    def startElement(self, name, attrs):
        self._path.append(name)
        self._text = ""
        if name == "object":
            self._obj = {}

    def characters(self, content):
        self._text += content

    def endElement(self, name):
        value = self._text.strip()
        parent = self._path[-2] if len(self._path) > 1 else ""
        if name == "filename":
            self.ann.filename = value
        elif parent == "size" and name in ("width", "height"):
            setattr(self.ann, name, int(value))
        elif parent == "object" and name == "name":
            self._obj["label"] = value
        elif parent == "bndbox":
            self._obj[name] = int(float(value))
        elif name == "object":
            self.ann.boxes.append(BBox(**self._obj))
        self._path.pop()


def parse_annotation(path: Path) -> Annotation:
    handler = _VocHandler()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_namespaces, False)
    # some exporters put the class list in an external DTD entity
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(str(path))
    return handler.ann


def parse_split(root: Path) -> list[Annotation]:
    return [parse_annotation(p) for p in sorted((root / "Annotations").glob("*.xml"))]
