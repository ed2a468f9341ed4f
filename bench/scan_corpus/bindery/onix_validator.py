"""Quick structural checks on ONIX uploads before they are queued for import."""
from __future__ import annotations

from dataclasses import dataclass, field

from defusedxml import ElementTree as DefusedET
from defusedxml.common import DefusedXmlException

NS = "{http://ns.editeur.org/onix/3.0/reference}"


@dataclass
class ValidationReport:
    products: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _isbn13_checksum_ok(isbn: str) -> bool:
    if len(isbn) != 13 or not isbn.isdigit():
        return False
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(isbn[:12]))
    return (10 - total % 10) % 10 == int(isbn[12])


def validate_onix(payload: bytes) -> ValidationReport:
    report = ValidationReport()
    try:
        root = DefusedET.fromstring(payload, forbid_dtd=True)
    except (DefusedXmlException, DefusedET.ParseError) as exc:
        report.errors.append(f"rejected XML: {exc}")
        return report
    if root.tag != f"{NS}ONIXMessage":
        report.errors.append(f"unexpected root element {root.tag}")
        return report
    for index, product in enumerate(root.iter(f"{NS}Product"), start=1):
        report.products += 1
        ref = product.findtext(f"{NS}RecordReference") or f"#{index}"
        isbns = [
            ident.findtext(f"{NS}IDValue", "")
            for ident in product.iter(f"{NS}ProductIdentifier")
            if ident.findtext(f"{NS}ProductIDType") == "15"
        ]
        if not isbns:
            report.errors.append(f"{ref}: no ISBN-13 identifier")
        for isbn in isbns:
            if not _isbn13_checksum_ok(isbn):
                report.errors.append(f"{ref}: invalid ISBN-13 check digit in {isbn}")
    if report.products == 0:
        report.errors.append("no Product records found")
    return report
