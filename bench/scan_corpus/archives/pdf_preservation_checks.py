"""Preservation checks for PDF deposits before they are accepted as masters.

Encrypted PDFs cannot be migrated or text-extracted reliably in 50 years, so
deposits that use document encryption are rejected with a reason the
depositor can act on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pikepdf

LEGACY_METHODS = {
    pikepdf.EncryptionMethod.rc4: "RC4 (PDF 1.4 and earlier)",
    pikepdf.EncryptionMethod.aes: "AES-128 (PDF 1.6)",
    pikepdf.EncryptionMethod.aesv3: "AES-256 (PDF 2.0)",
}


@dataclass
class PdfReport:
    path: Path
    version: str = ""
    problems: list[str] = field(default_factory=list)

    @property
    def acceptable(self) -> bool:
        return not self.problems


def check_pdf(path: Path) -> PdfReport:
    report = PdfReport(path)
    try:
        pdf = pikepdf.open(path)
    except pikepdf.PasswordError:
        report.problems.append("document requires a password to open")
        return report
    except pikepdf.PdfError as exc:
        report.problems.append(f"not a readable PDF: {exc}")
        return report

    with pdf:
        report.version = pdf.pdf_version
        if pdf.is_encrypted:
            method = pdf.encryption.stream_method
            label = LEGACY_METHODS.get(method, str(method))
            report.problems.append(f"document is encrypted with {label}; please deposit an unencrypted copy")
        if "/JavaScript" in pdf.Root.get("/Names", {}):
            report.problems.append("document contains embedded JavaScript")
        if pdf.attachments:
            report.problems.append(f"{len(pdf.attachments)} embedded file(s); deposit them separately")
    return report
