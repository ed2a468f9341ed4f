"""Read metadata from pattern files exported by lace design software (XML)."""

from __future__ import annotations

from dataclasses import dataclass, field

from flask import Blueprint, jsonify, request
from lxml import etree

bp = Blueprint("pattern_upload", __name__)

MAX_UPLOAD = 2 * 1024 * 1024
NS = {"lp": "urn:lacepattern:1.2"}


@dataclass
class PatternMetadata:
    title: str
    designer: str
    lace_type: str
    pairs: int
    grid_mm: float
    tags: list[str] = field(default_factory=list)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=True, load_dtd=True, remove_blank_text=True)


def _text(root: etree._Element, path: str, default: str = "") -> str:
    node = root.find(path, NS)
    return node.text.strip() if node is not None and node.text else default


def parse_pattern_xml(data: bytes) -> PatternMetadata:
    root = etree.fromstring(data, parser=_parser())
    if etree.QName(root).localname != "pattern":
        raise ValueError("not a lace pattern document")
    return PatternMetadata(
        title=_text(root, "lp:title"),
        designer=_text(root, "lp:designer", "unknown"),
        lace_type=_text(root, "lp:laceType", "torchon"),
        pairs=int(_text(root, "lp:pairs", "0")),
        grid_mm=float(_text(root, "lp:grid", "5.0")),
        tags=[t.text.strip() for t in root.findall("lp:tags/lp:tag", NS) if t.text],
    )


@bp.post("/patterns/metadata")
def upload_pattern_metadata():
    upload = request.files.get("pattern")
    if upload is None:
        return jsonify(error="no file"), 400
    data = upload.read(MAX_UPLOAD + 1)
    if len(data) > MAX_UPLOAD:
        return jsonify(error="file too large"), 413
    try:
        meta = parse_pattern_xml(data)
    except (etree.XMLSyntaxError, ValueError) as exc:
        return jsonify(error=f"could not read pattern: {exc}"), 400
    return jsonify(
        title=meta.title,
        designer=meta.designer,
        lace_type=meta.lace_type,
        pairs=meta.pairs,
        grid_mm=meta.grid_mm,
        tags=meta.tags,
    )
