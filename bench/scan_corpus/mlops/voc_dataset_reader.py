"""Read PASCAL VOC-style annotations from uploaded object-detection datasets."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from defusedxml import ElementTree as ET


@dataclass
class BBox:
    label: str
    xmin: int
    ymin: int
    xmax: int
    ymax: int
    difficult: bool = False


@dataclass
class Annotation:
    filename: str
    width: int
    height: int
    boxes: list[BBox] = field(default_factory=list)


def _int(elem, tag: str) -> int:
    return int(float(elem.findtext(tag, default="0")))


def parse_annotation(path: Path) -> Annotation:
    root = ET.parse(str(path)).getroot()
    size = root.find("size")
    ann = Annotation(
        filename=root.findtext("filename", default=path.stem),
        width=_int(size, "width") if size is not None else 0,
        height=_int(size, "height") if size is not None else 0,
    )
    for obj in root.iter("object"):
        bb = obj.find("bndbox")
        if bb is None:
            continue
        ann.boxes.append(BBox(
            label=obj.findtext("name", default="").strip(),
            xmin=_int(bb, "xmin"), ymin=_int(bb, "ymin"),
            xmax=_int(bb, "xmax"), ymax=_int(bb, "ymax"),
            difficult=obj.findtext("difficult", default="0") == "1",
        ))
    return ann


def parse_split(root: Path) -> list[Annotation]:
    return [parse_annotation(p) for p in sorted((root / "Annotations").glob("*.xml"))]
