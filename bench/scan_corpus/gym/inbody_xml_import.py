"""Import body-composition results exported from the scanner PC as XML.

Front desk uploads the nightly export through the staff portal; each
<Result> element becomes a row in body_scans.
"""
import xml.sax
from xml.sax.handler import ContentHandler, feature_external_ges, feature_namespaces

NUMERIC_FIELDS = {"Weight", "PBF", "SMM", "BMR", "VFL", "TBW"}


class ScanResultHandler(ContentHandler):
    def __init__(self):
        super().__init__()
        self.results: list[dict] = []
        self._current: dict | None = None
        self._field: str | None = None
        self._buf: list[str] = []

    def startElement(self, name, attrs):
        if name == "Result":
            self._current = {"member_ref": attrs.get("MemberID"), "taken_at": attrs.get("DateTime")}
        elif self._current is not None:
            self._field = name
            self._buf = []

    def characters(self, content):
        if self._field:
            self._buf.append(content)

    def endElement(self, name):
        if name == "Result" and self._current is not None:
            self.results.append(self._current)
            self._current = None
        elif self._field == name and self._current is not None:
            text = "".join(self._buf).strip()
            self._current[name] = float(text) if name in NUMERIC_FIELDS and text else text
            self._field = None


def parse_export(stream) -> list[dict]:
    parser = xml.sax.make_parser()
    parser.setFeature(feature_namespaces, False)
    parser.setFeature(feature_external_ges, True)
    handler = ScanResultHandler()
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.results


def import_upload(file_storage, scan_repo) -> int:
    results = parse_export(file_storage.stream)
    for row in results:
        scan_repo.upsert_from_device(row)
    return len(results)
