"""Verification of downloaded inspection certificate PDFs.

Every 3.1 certificate issued by the foundry prints the SHA-256 of its PDF
in the footer and in the despatch note, so customers and our own
goods-out team can confirm the file matches the issued record.
"""
import hashlib
from dataclasses import dataclass
from pathlib import Path

import click

from qa.registry import lookup_issued_certificate


@dataclass
class VerificationResult:
    cert_no: str
    expected: str
    actual: str

    @property
    def matches(self) -> bool:
        return self.actual == self.expected


def pdf_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(65536), b""):
            h.update(block)
    return h.hexdigest()


def verify_certificate(cert_no: str, pdf_path: Path) -> VerificationResult:
    record = lookup_issued_certificate(cert_no)
    return VerificationResult(
        cert_no=cert_no,
        expected=record.published_sha256.lower(),
        actual=pdf_sha256(pdf_path),
    )


@click.command()
@click.argument("cert_no")
@click.argument("pdf", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def main(cert_no: str, pdf: Path) -> None:
    result = verify_certificate(cert_no, pdf)
    if result.matches:
        click.echo(f"{cert_no}: OK ({result.actual})")
    else:
        click.echo(f"{cert_no}: MISMATCH expected {result.expected} got {result.actual}", err=True)
        raise SystemExit(1)


if __name__ == "__main__":
    main()
