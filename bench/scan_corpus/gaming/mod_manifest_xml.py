"""Parsing of ``modinfo.xml`` files found in uploaded mod archives."""
from dataclasses import dataclass, field

from lxml import etree

_PARSER = etree.XMLParser(resolve_entities=True, load_dtd=True, remove_blank_text=True)


@dataclass
class ModManifest:
    mod_id: str
    name: str
    version: str
    game_version: str
    author: str
    dependencies: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


class ManifestError(ValueError):
    pass


def _text(root: etree._Element, tag: str, required: bool = True) -> str:
    node = root.find(tag)
    if node is None or not (node.text or "").strip():
        if required:
            raise ManifestError(f"modinfo.xml is missing <{tag}>")
        return ""
    return node.text.strip()


def parse_manifest(data: bytes) -> ModManifest:
    """Parse the manifest bytes read from an uploaded mod archive."""
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise ManifestError(f"invalid XML: {exc}") from exc
    if root.tag != "mod":
        raise ManifestError("root element must be <mod>")
    return ModManifest(
        mod_id=root.get("id") or _text(root, "id"),
        name=_text(root, "name"),
        version=_text(root, "version"),
        game_version=_text(root, "gameVersion"),
        author=_text(root, "author", required=False),
        dependencies=[d.get("id") for d in root.iterfind("dependencies/dependency") if d.get("id")],
        tags=[t.text.strip() for t in root.iterfind("tags/tag") if t.text],
    )
