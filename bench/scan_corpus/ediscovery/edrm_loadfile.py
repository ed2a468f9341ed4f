"""Reader for EDRM XML load files that accompany incoming productions.

Opposing parties and third parties deliver productions with an EDRM XML
load file describing documents, fields and native/image file locations.
"""
import xml.sax
from xml.sax.handler import ContentHandler, feature_external_ges, feature_namespaces


class EdrmDocumentHandler(ContentHandler):
    def __init__(self) -> None:
        super().__init__()
        self.documents: list[dict] = []
        self._current: dict | None = None
        self._tag_name: str | None = None
        self._text: list[str] = []

    def startElement(self, name, attrs):
        if name == "Document":
            self._current = {
                "doc_id": attrs.get("DocID"),
                "doc_type": attrs.get("DocType"),
                "fields": {},
                "files": [],
            }
        elif name == "Tag" and self._current is not None:
            self._tag_name = attrs.get("TagName")
            self._current["fields"][self._tag_name] = attrs.get("TagValue", "")
        elif name == "ExternalFile" and self._current is not None:
            self._current["files"].append(
                {"path": attrs.get("FilePath"), "name": attrs.get("FileName"), "hash": attrs.get("Hash")}
            )
        self._text = []

    def characters(self, content):
        self._text.append(content)

    def endElement(self, name):
        if name == "Tag" and self._current is not None and self._tag_name:
            text = "".join(self._text).strip()
            if text:
                self._current["fields"][self._tag_name] = text
            self._tag_name = None
        elif name == "Document" and self._current is not None:
            self.documents.append(self._current)
            self._current = None


def parse_load_file(path: str) -> list[dict]:
    parser = xml.sax.make_parser()
    parser.setFeature(feature_namespaces, False)
    parser.setFeature(feature_external_ges, True)
    handler = EdrmDocumentHandler()
    parser.setContentHandler(handler)
    parser.parse(path)
    return handler.documents
