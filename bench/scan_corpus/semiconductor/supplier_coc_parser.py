"""Parser for supplier certificates of conformance (CoC) in XML form.

Chemical and gas suppliers upload a CoC per delivered batch through the
supplier portal. We extract the batch number, expiry and the measured
impurity values to compare them against the incoming-quality spec.
"""
from dataclasses import dataclass
from datetime import date

from lxml import etree

# a few suppliers declare their material codes as DTD entities
_PARSER_OPTIONS = dict(load_dtd=True, resolve_entities=True, remove_blank_text=True)
COC_PARSER = etree.XMLParser(**_PARSER_OPTIONS)


@dataclass
class CocMeasurement:
    analyte: str
    value: float
    unit: str


@dataclass
class CertificateOfConformance:
    supplier_code: str
    material: str
    batch: str
    expiry: date
    measurements: list


def parse_coc(xml_bytes: bytes) -> CertificateOfConformance:
    root = etree.fromstring(xml_bytes, COC_PARSER)
    measurements = [
        CocMeasurement(
            analyte=m.get("analyte"),
            value=float(m.findtext("value")),
            unit=m.findtext("unit", default="ppb"),
        )
        for m in root.iterfind("measurements/measurement")
    ]
    return CertificateOfConformance(
        supplier_code=root.findtext("supplier/code"),
        material=root.findtext("material"),
        batch=root.findtext("batch"),
        expiry=date.fromisoformat(root.findtext("expiry")),
        measurements=measurements,
    )
