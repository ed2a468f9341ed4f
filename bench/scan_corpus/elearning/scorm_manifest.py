"""Parses imsmanifest.xml from uploaded SCORM 1.2 / 2004 packages."""
import zipfile
from dataclasses import dataclass, field

from lxml import etree

MANIFEST_NAME = "imsmanifest.xml"

# A few older authoring tools emit manifests with an internal DTD subset that
# declares entities for repeated titles and resource paths.
_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False, remove_blank_text=True)


@dataclass
class ScoItem:
    identifier: str
    title: str
    href: str | None = None


@dataclass
class Manifest:
    identifier: str
    scorm_version: str
    title: str
    items: list[ScoItem] = field(default_factory=list)


def _text(node, xpath: str) -> str:
    found = node.xpath(xpath)
    return found[0].text.strip() if found and found[0].text else ""


def parse_manifest(xml_bytes: bytes) -> Manifest:
    root = etree.fromstring(xml_bytes, parser=_PARSER)
    version = _text(root, "*[local-name()='metadata']/*[local-name()='schemaversion']") or "1.2"
    org = root.xpath("*[local-name()='organizations']/*[local-name()='organization']")
    if not org:
        raise ValueError("manifest has no organization")
    resources = {
        r.get("identifier"): r.get("href")
        for r in root.xpath("//*[local-name()='resource']")
    }
    items = [
        ScoItem(
            identifier=item.get("identifier", ""),
            title=_text(item, "*[local-name()='title']"),
            href=resources.get(item.get("identifierref")),
        )
        for item in org[0].xpath(".//*[local-name()='item']")
    ]
    return Manifest(root.get("identifier", ""), version, _text(org[0], "*[local-name()='title']"), items)


def manifest_from_package(package_path: str) -> Manifest:
    with zipfile.ZipFile(package_path) as zf:
        return parse_manifest(zf.read(MANIFEST_NAME))
