"""Import bank statement exports uploaded by the finance team.

The bank's portal produces a .tar.gz containing one CSV per account.
Finance staff upload it through the admin page and we reconcile the
credits against expected donations.
"""

import csv
import tarfile
import tempfile
from decimal import Decimal
from pathlib import Path

from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from reconciliation.matching import match_credit


def _read_credits(csv_path: Path) -> list[dict]:
    with csv_path.open(newline="", encoding="utf-8-sig") as fh:
        return [
            {"date": row["Date"], "amount": Decimal(row["Amount"]), "reference": row["Reference"].strip()}
            for row in csv.DictReader(fh)
            if Decimal(row["Amount"]) > 0
        ]


def import_archive(upload, work_dir: Path) -> dict:
    archive_path = work_dir / "statements.tar.gz"
    with archive_path.open("wb") as fh:
        for chunk in upload.chunks():
            fh.write(chunk)

    extract_dir = work_dir / "extracted"
    extract_dir.mkdir()
    with tarfile.open(archive_path, "r:gz") as tar:
        tar.extractall(extract_dir)

    matched = unmatched = 0
    for csv_path in sorted(extract_dir.rglob("*.csv")):
        for credit in _read_credits(csv_path):
            if match_credit(credit):
                matched += 1
            else:
                unmatched += 1
    return {"matched": matched, "unmatched": unmatched}


@staff_member_required
@require_POST
def upload_statements(request: HttpRequest) -> JsonResponse:
    with tempfile.TemporaryDirectory(prefix="statements-") as tmp:
        result = import_archive(request.FILES["archive"], Path(tmp))
    return JsonResponse(result)
