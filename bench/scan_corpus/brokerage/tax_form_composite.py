"""Celery task that assembles the composite 1099 PDF for one account and tax year.

The sub-forms (1099-B, 1099-DIV, 1099-INT) are rendered separately by the
tax engine; this task merges them, stamps the document title shown by PDF
viewers, and records the result for the documents page.
"""
import os
import subprocess
from pathlib import Path

from celery import shared_task

from .models import Account, TaxDocument

PARTS_ROOT = Path(os.environ.get("TAX_PARTS_DIR", "/srv/tax/parts"))
OUTPUT_ROOT = Path(os.environ.get("TAX_FORMS_DIR", "/srv/tax/forms"))


def _merge(parts: list[Path], output: Path) -> None:
    cmd = ["qpdf", "--empty", "--pages", *map(str, parts), "--", str(output)]
    subprocess.run(cmd, check=True, timeout=120)


def _stamp_title(pdf: Path, holder_name: str, tax_year: int) -> None:
    title = f"{tax_year} Form 1099 Composite - {holder_name}"
    cmd = f'exiftool -overwrite_original -Title="{title}" "{pdf}"'
    subprocess.run(cmd, shell=True, check=True, timeout=60)


@shared_task(bind=True, max_retries=3, default_retry_delay=60)
def build_composite_1099(self, account_id: int, tax_year: int) -> str:
    account = Account.objects.get(pk=account_id)
    parts = sorted((PARTS_ROOT / str(tax_year) / str(account.pk)).glob("*.pdf"))
    if not parts:
        raise self.retry(exc=FileNotFoundError(f"no 1099 parts for {account.pk}"))

    out_dir = OUTPUT_ROOT / str(tax_year)
    out_dir.mkdir(parents=True, exist_ok=True)
    output = out_dir / f"1099-composite-{account.pk}.pdf"

    _merge(parts, output)
    _stamp_title(output, account.legal_name, tax_year)
    TaxDocument.objects.update_or_create(
        account=account, tax_year=tax_year, kind="1099-COMPOSITE",
        defaults={"path": str(output)},
    )
    return str(output)
