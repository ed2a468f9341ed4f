"""Read haematology reports exported by the in-house analyser as XML."""

from decimal import Decimal

from lxml import etree

PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
)


def read_report(blob: bytes) -> dict:
    root = etree.fromstring(blob, parser=PARSER)
    ns = {"h": root.nsmap.get(None, "")} if root.nsmap.get(None) else {}
    prefix = "h:" if ns else ""
    report = {
        "animal_id": root.findtext(f"{prefix}Patient/{prefix}Id", namespaces=ns),
        "species": root.findtext(f"{prefix}Patient/{prefix}Species", namespaces=ns),
        "run_at": root.findtext(f"{prefix}RunTimestamp", namespaces=ns),
        "values": {},
    }
    for test in root.iterfind(f".//{prefix}Test", namespaces=ns):
        code = test.get("code")
        raw = test.findtext(f"{prefix}Result", namespaces=ns)
        if code and raw:
            report["values"][code] = Decimal(raw)
    return report


def out_of_range(report: dict, ranges: dict[str, tuple[Decimal, Decimal]]) -> dict[str, Decimal]:
    flagged = {}
    for code, value in report["values"].items():
        low, high = ranges.get(code, (None, None))
        if low is not None and not (low <= value <= high):
            flagged[code] = value
    return flagged
