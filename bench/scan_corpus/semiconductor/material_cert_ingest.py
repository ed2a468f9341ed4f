"""Ingest of supplier material certificates (XML) into incoming quality.

Certificates arrive through the supplier portal upload form. Values are
compared with the incoming-quality spec for the material and the batch is
released or put on hold.
"""
import logging

from lxml import etree

from iqc.spec import spec_for
from iqc.store import save_inspection

log = logging.getLogger(__name__)

CERT_PARSER = etree.XMLParser(
    resolve_entities=False,
    load_dtd=False,
    no_network=True,
    huge_tree=False,
    remove_blank_text=True,
)


def read_certificate(xml_bytes: bytes) -> dict:
    root = etree.fromstring(xml_bytes, parser=CERT_PARSER)
    return {
        "supplier": root.findtext("supplier/code"),
        "material": root.findtext("material"),
        "batch": root.findtext("batch"),
        "values": {
            m.get("analyte"): float(m.findtext("value"))
            for m in root.iterfind("measurements/measurement")
        },
    }


def ingest(xml_bytes: bytes) -> str:
    cert = read_certificate(xml_bytes)
    spec = spec_for(cert["material"])
    failures = {
        analyte: value
        for analyte, value in cert["values"].items()
        if analyte in spec and value > spec[analyte]
    }
    disposition = "HOLD" if failures else "RELEASE"
    save_inspection(cert, disposition=disposition, failures=failures)
    log.info("batch %s from %s: %s", cert["batch"], cert["supplier"], disposition)
    return disposition
