"""Parses particle size distribution results exported as XML by the external test lab."""
from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

LAB_PARSER_SETTINGS = dict(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
)


@dataclass
class SieveResult:
    sieve_mm: float
    passing_pct: float


@dataclass
class GradingCertificate:
    sample_id: str
    product: str
    standard: str
    sieves: list[SieveResult] = field(default_factory=list)

    def passing_at(self, size_mm: float) -> float | None:
        for s in self.sieves:
            if abs(s.sieve_mm - size_mm) < 1e-6:
                return s.passing_pct
        return None


class LabXmlReader:
    def __init__(self, **overrides) -> None:
        self._parser = etree.XMLParser(**{**LAB_PARSER_SETTINGS, **overrides})

    def read(self, payload: bytes) -> list[GradingCertificate]:
        root = etree.fromstring(payload, parser=self._parser)
        certs = []
        for sample in root.iterfind("Sample"):
            cert = GradingCertificate(
                sample_id=sample.get("id", ""),
                product=sample.findtext("Product", default="").strip(),
                standard=sample.findtext("Standard", default="BS EN 933-1").strip(),
            )
            for sieve in sample.iterfind("Grading/Sieve"):
                cert.sieves.append(
                    SieveResult(sieve_mm=float(sieve.get("size")), passing_pct=float(sieve.text))
                )
            certs.append(cert)
        return certs
