"""SAX handler that pulls headline, byline and body paragraphs out of NITF
documents delivered to the wire FTP drop."""
import xml.sax
from pathlib import Path
from xml.sax.handler import ContentHandler, feature_external_ges, feature_namespaces


class NitfHandler(ContentHandler):
    def __init__(self):
        super().__init__()
        self.story = {"headline": "", "byline": "", "paragraphs": []}
        self._stack = []
        self._buf = []

    def startElement(self, name, attrs):
        self._stack.append(name)
        self._buf = []

    def characters(self, content):
        self._buf.append(content)

    def endElement(self, name):
        text = "".join(self._buf).strip()
        if name == "hl1":
            self.story["headline"] = text
        elif name == "byline":
            self.story["byline"] = text
        elif name == "p" and "body.content" in self._stack:
            self.story["paragraphs"].append(text)
        self._stack.pop()
        self._buf = []


def parse_nitf(path: Path) -> dict:
    handler = NitfHandler()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_namespaces, False)
    # some agencies ship their character entities in an external DTD
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(str(path))
    return handler.story


def ingest_directory(drop_dir: Path) -> list[dict]:
    stories = []
    for path in sorted(drop_dir.glob("*.xml")):
        story = parse_nitf(path)
        story["source_file"] = path.name
        stories.append(story)
    return stories
