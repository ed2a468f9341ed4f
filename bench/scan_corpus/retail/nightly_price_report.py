"""Nightly competitor price-gap report for the pricing team.

Writes a CSV into the shared reports directory; the pricing group owns the
directory, so files are group-readable and nothing else.
"""
import csv
import os
from datetime import date
from pathlib import Path

from pricing.queries import price_gaps

REPORT_DIR = Path(os.environ.get("PRICING_REPORT_DIR", "/srv/reports/pricing"))
REPORT_MODE = 0o640
DIR_MODE = 0o750


def write_report(run_date: date | None = None) -> Path:
    run_date = run_date or date.today()
    REPORT_DIR.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    target = REPORT_DIR / f"price-gaps-{run_date:%Y-%m-%d}.csv"
    tmp = target.with_suffix(".partial")

    previous_umask = os.umask(0o027)
    try:
        with tmp.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["sku", "our_price", "competitor", "competitor_price", "gap_pct"])
            for gap in price_gaps(as_of=run_date):
                writer.writerow([gap.sku, f"{gap.our_price:.2f}", gap.competitor,
                                 f"{gap.competitor_price:.2f}", f"{gap.gap_pct:.1f}"])
    finally:
        os.umask(previous_umask)

    os.replace(tmp, target)
    os.chmod(target, REPORT_MODE)
    return target


if __name__ == "__main__":
    print(write_report())
