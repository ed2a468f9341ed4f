"""Parse EDRM XML load files from incoming third-party productions with lxml."""
from pathlib import Path

from lxml import etree

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
)


def _fields(doc: etree._Element) -> dict[str, str]:
    out = {}
    for tag in doc.iterfind("./Tags/Tag"):
        name = tag.get("TagName")
        if name:
            out[name] = tag.get("TagValue") or (tag.text or "").strip()
    return out


def _files(doc: etree._Element) -> list[dict]:
    return [
        {
            "type": f.get("FileType"),
            "path": ef.get("FilePath"),
            "name": ef.get("FileName"),
            "hash": ef.get("Hash"),
        }
        for f in doc.iterfind("./Files/File")
        for ef in f.iterfind("./ExternalFile")
    ]


def read_load_file(path: Path) -> list[dict]:
    tree = etree.parse(str(path), _PARSER)
    root = tree.getroot()
    documents = []
    for doc in root.iterfind(".//Batch/Documents/Document"):
        documents.append(
            {
                "doc_id": doc.get("DocID"),
                "doc_type": doc.get("DocType"),
                "fields": _fields(doc),
                "files": _files(doc),
            }
        )
    return documents
