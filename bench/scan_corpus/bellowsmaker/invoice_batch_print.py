"""Prints the day's paper invoices for customers who asked for one.

Older customers (church councils, folk clubs) still want a paper invoice in
the instrument case. At closing time this script merges the day's invoice
PDFs into one file and sends it to the office printer.
"""
import argparse
import logging
import os
import subprocess
import tempfile
from datetime import date
from pathlib import Path

from pypdf import PdfReader, PdfWriter

log = logging.getLogger("bellows.invoice_print")

INVOICE_DIR = Path(os.environ.get("INVOICE_DIR", "/srv/bellows/invoices"))
OFFICE_PRINTER = os.environ.get("OFFICE_PRINTER", "office-laser")


def paper_invoices_for(day: date) -> list[Path]:
    folder = INVOICE_DIR / f"{day:%Y}"
    marker = f"{day:%Y%m%d}"
    return sorted(p for p in folder.glob(f"*-{marker}-paper.pdf") if p.is_file())


def merge(pdfs: list[Path]) -> str:
    writer = PdfWriter()
    for pdf in pdfs:
        for page in PdfReader(pdf).pages:
            writer.add_page(page)
    out_path = tempfile.mktemp(prefix="invoices-", suffix=".pdf")
    with open(out_path, "wb") as fh:
        writer.write(fh)
    return out_path


def send_to_printer(path: str, copies: int) -> None:
    subprocess.run(
        ["lp", "-d", OFFICE_PRINTER, "-n", str(copies), "-o", "sides=two-sided-long-edge", path],
        check=True,
        timeout=60,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--day", type=date.fromisoformat, default=date.today())
    parser.add_argument("--copies", type=int, default=1)
    args = parser.parse_args(argv)

    pdfs = paper_invoices_for(args.day)
    if not pdfs:
        log.info("no paper invoices for %s", args.day)
        return 0
    merged = merge(pdfs)
    try:
        send_to_printer(merged, args.copies)
    finally:
        os.unlink(merged)
    log.info("printed %d invoices for %s", len(pdfs), args.day)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    raise SystemExit(main())
