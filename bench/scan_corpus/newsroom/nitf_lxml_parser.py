"""Parse NITF 3.x wire stories into the CMS import structure."""
from lxml import etree

NITF_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    remove_comments=True,
    huge_tree=False,
)


def _text(node, xpath: str) -> str:
    found = node.xpath(xpath)
    if not found:
        return ""
    return " ".join("".join(found[0].itertext()).split())


def parse_story(raw: bytes) -> dict:
    root = etree.fromstring(raw, parser=NITF_PARSER)
    return {
        "headline": _text(root, "//hedline/hl1"),
        "byline": _text(root, "//byline"),
        "dateline": _text(root, "//dateline"),
        "keywords": [k.get("key") for k in root.xpath("//key-list/keyword") if k.get("key")],
        "paragraphs": [
            " ".join("".join(p.itertext()).split())
            for p in root.xpath("//body.content//p")
        ],
    }
