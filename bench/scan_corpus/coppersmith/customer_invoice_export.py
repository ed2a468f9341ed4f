"""Exports of customer invoices as PDF files for the accounts team."""
import os

from celery import shared_task

from coppersmith.billing import render_invoice_pdf
from coppersmith.settings import INVOICE_EXPORT_DIR

EXPORT_ROOT = os.path.realpath(INVOICE_EXPORT_DIR)


def export_path(account_folder: str, filename: str) -> str:
    candidate = os.path.realpath(os.path.join(EXPORT_ROOT, account_folder, filename))
    if os.path.commonpath([EXPORT_ROOT, candidate]) != EXPORT_ROOT:
        raise ValueError("export path escapes export directory")
    return candidate


@shared_task
def export_invoice(invoice_id: int, account_folder: str, filename: str) -> str:
    target = export_path(account_folder, filename)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "wb") as fh:
        fh.write(render_invoice_pdf(invoice_id))
    return target


@shared_task
def remove_export(account_folder: str, filename: str) -> bool:
    target = export_path(account_folder, filename)
    if os.path.exists(target):
        os.remove(target)
        return True
    return False
