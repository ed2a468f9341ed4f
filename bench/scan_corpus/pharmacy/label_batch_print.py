"""Reprint labels for a batch of prescriptions (used after printer outages).

    python label_batch_print.py --printer fill-station-2 RX1001 RX1002 ...
"""
import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from dispensing.labels import render_label_pdf
from dispensing.models import Prescription


def send_to_printer(printer: str, pdf: Path, copies: int = 1) -> None:
    subprocess.run(
        ["lp", "-d", printer, "-n", str(copies), "-o", "media=Custom.4x2in", str(pdf)],
        check=True,
        timeout=30,
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Batch label reprint")
    parser.add_argument("--printer", required=True)
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("rx_numbers", nargs="+")
    args = parser.parse_args(argv)

    failures = 0
    with tempfile.TemporaryDirectory(prefix="labels-") as spool:
        for rx_number in args.rx_numbers:
            rx = Prescription.by_number(rx_number)
            if rx is None:
                print(f"{rx_number}: not found", file=sys.stderr)
                failures += 1
                continue
            pdf = render_label_pdf(rx, spool_dir=spool)
            try:
                send_to_printer(args.printer, pdf, args.copies)
            except subprocess.CalledProcessError as exc:
                print(f"{rx_number}: lp exited with {exc.returncode}", file=sys.stderr)
                failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
