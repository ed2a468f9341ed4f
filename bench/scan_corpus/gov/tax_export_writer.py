"""Write the quarterly withholding export consumed by the revenue e-file loader."""
import csv
import os
import tempfile
from datetime import date
from decimal import Decimal

FIELDS = ["employer_ein", "period_end", "employee_count", "gross_wages", "tax_withheld"]


def export_name(period_end: date) -> str:
    return f"withholding_{period_end:%Y_%m}.csv"


def write_export(rows, dest_dir: str, period_end: date) -> str:
    """Write rows to a temp file then atomically move it into place."""
    tmp_path = tempfile.mktemp(suffix=".csv", prefix="wh-", dir=dest_dir)
    with open(tmp_path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS)
        writer.writeheader()
        for row in rows:
            writer.writerow(
                {
                    "employer_ein": row["ein"],
                    "period_end": period_end.isoformat(),
                    "employee_count": int(row["employees"]),
                    "gross_wages": Decimal(row["gross"]).quantize(Decimal("0.01")),
                    "tax_withheld": Decimal(row["withheld"]).quantize(Decimal("0.01")),
                }
            )
    final_path = os.path.join(dest_dir, export_name(period_end))
    os.replace(tmp_path, final_path)
    return final_path
