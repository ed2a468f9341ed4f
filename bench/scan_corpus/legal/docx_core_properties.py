"""Read core document properties from uploaded .docx files at check-in."""
import zipfile
from typing import BinaryIO

from defusedxml import ElementTree as DefusedET

NS = {
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
}
FIELDS = {
    "title": "dc:title",
    "creator": "dc:creator",
    "last_modified_by": "cp:lastModifiedBy",
    "revision": "cp:revision",
    "modified": "dcterms:modified",
}
MAX_CORE_XML = 256 * 1024


def read_core_properties(upload: BinaryIO) -> dict[str, str | None]:
    with zipfile.ZipFile(upload) as package:
        try:
            info = package.getinfo("docProps/core.xml")
        except KeyError:
            return dict.fromkeys(FIELDS)
        if info.file_size > MAX_CORE_XML:
            raise ValueError("core.xml is unexpectedly large")
        raw = package.read(info)
    root = DefusedET.fromstring(raw)
    props = {}
    for name, xpath in FIELDS.items():
        node = root.find(xpath, NS)
        props[name] = node.text.strip() if node is not None and node.text else None
    return props
