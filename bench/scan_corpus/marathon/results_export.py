"""Write the official results CSV that the results site and media partners download."""
import csv
import os
import tempfile
from pathlib import Path

from results.db import official_results

FIELDS = ["position", "bib", "name", "gender", "category", "club", "chip_time", "gun_time"]


def write_results_csv(race_id: str, target: Path) -> int:
    """Write atomically: readers never see a half-written file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".results-", suffix=".csv", dir=target.parent)
    count = 0
    try:
        with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=FIELDS, extrasaction="ignore")
            writer.writeheader()
            for row in official_results(race_id):
                writer.writerow(row)
                count += 1
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return count


if __name__ == "__main__":
    import sys

    n = write_results_csv(sys.argv[1], Path(sys.argv[2]))
    print(f"wrote {n} rows")
