"""Read document properties (author, title, revision) from uploaded .docx files.

Used by the DMS when a document is checked in, to pre-fill the profile form.
"""
import zipfile
from dataclasses import dataclass
from typing import BinaryIO

from lxml import etree

NS = {
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
}

_PARSER = etree.XMLParser(resolve_entities=True, load_dtd=True, remove_blank_text=True)


@dataclass
class CoreProperties:
    title: str | None
    creator: str | None
    last_modified_by: str | None
    revision: int | None
    modified: str | None


def _text(root, xpath: str) -> str | None:
    found = root.find(xpath, NS)
    return found.text.strip() if found is not None and found.text else None


def read_core_properties(upload: BinaryIO) -> CoreProperties:
    with zipfile.ZipFile(upload) as package:
        try:
            raw = package.read("docProps/core.xml")
        except KeyError:
            return CoreProperties(None, None, None, None, None)
    root = etree.fromstring(raw, _PARSER)
    revision = _text(root, "cp:revision")
    return CoreProperties(
        title=_text(root, "dc:title"),
        creator=_text(root, "dc:creator"),
        last_modified_by=_text(root, "cp:lastModifiedBy"),
        revision=int(revision) if revision and revision.isdigit() else None,
        modified=_text(root, "dcterms:modified"),
    )
