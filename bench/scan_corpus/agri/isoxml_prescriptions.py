"""Reads variable-rate prescriptions out of ISOXML TASKDATA files that
agronomists upload for export to sprayer terminals."""
from lxml import etree

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_blank_text=True,
)


def parse_taskdata(xml_bytes: bytes):
    root = etree.fromstring(xml_bytes, parser=_PARSER)
    if root.tag != "ISO11783_TaskData":
        raise ValueError(f"unexpected root element {root.tag!r}")
    return root


def prescription_zones(xml_bytes: bytes) -> list[dict]:
    root = parse_taskdata(xml_bytes)
    products = {pdt.get("A"): pdt.get("B", "") for pdt in root.iter("PDT")}
    zones = []
    for tsk in root.iter("TSK"):
        for tzn in tsk.iter("TZN"):
            for pdv in tzn.iter("PDV"):
                zones.append({
                    "task": tsk.get("A"),
                    "zone": int(tzn.get("A")),
                    "product": products.get(pdv.get("C"), pdv.get("C")),
                    "rate": int(pdv.get("B")),
                })
    return zones
