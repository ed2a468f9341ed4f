"""Word count for client-uploaded XLIFF 1.2 files, used when quoting."""
import re
import sys
import xml.sax
from xml.sax.handler import ContentHandler, feature_external_ges, feature_namespaces

WORD_RE = re.compile(r"\w+", re.UNICODE)


class SourceCounter(ContentHandler):
    def __init__(self):
        super().__init__()
        self.units = 0
        self.words = 0
        self._in_source = False
        self._buf: list[str] = []

    def startElementNS(self, name, qname, attrs):
        _, local = name
        if local == "trans-unit":
            self.units += 1
        elif local == "source":
            self._in_source = True
            self._buf = []

    def endElementNS(self, name, qname):
        _, local = name
        if local == "source" and self._in_source:
            self.words += len(WORD_RE.findall("".join(self._buf)))
            self._in_source = False

    def characters(self, content):
        if self._in_source:
            self._buf.append(content)


def count_words(path: str) -> tuple[int, int]:
    parser = xml.sax.make_parser()
    parser.setFeature(feature_namespaces, True)
    # some clients ship XLIFF with a separate entity file for product names
    parser.setFeature(feature_external_ges, True)
    handler = SourceCounter()
    parser.setContentHandler(handler)
    parser.parse(path)
    return handler.units, handler.words


if __name__ == "__main__":
    for xliff in sys.argv[1:]:
        units, words = count_words(xliff)
        print(f"{xliff}: {units} units, {words} words")
