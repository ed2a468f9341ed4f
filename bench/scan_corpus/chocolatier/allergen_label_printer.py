"""Prints allergen labels for boxed chocolates on the packing line printers.

A packer picks a product and a batch; the label is rendered by the
`glabels-batch` CLI from a template and sent to the line's label printer.
"""
from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field

TEMPLATE_DIR = os.environ.get("LABEL_TEMPLATE_DIR", "/opt/labels/templates")


@dataclass
class LabelJob:
    product_name: str
    batch_code: str
    allergens: list[str]
    best_before: str
    printer: str = "packline-1"
    copies: int = 1


@dataclass
class PrinterRunner:
    run_opts: dict = field(default_factory=lambda: {"shell": True, "check": True, "timeout": 60})

    def run(self, command: str) -> subprocess.CompletedProcess:
        return subprocess.run(command, capture_output=True, text=True, **self.run_opts)


def _render_command(job: LabelJob) -> str:
    template = os.path.join(TEMPLATE_DIR, "allergen_box.glabels")
    contains = ", ".join(a.upper() for a in job.allergens) or "NONE"
    return (
        f'glabels-batch --copies={job.copies} '
        f'--define product="{job.product_name}" '
        f'--define batch={job.batch_code} '
        f'--define contains="{contains}" '
        f'--define bbe={job.best_before} '
        f'--output=- {template} | lp -d {job.printer}'
    )


def print_labels(job: LabelJob, runner: PrinterRunner | None = None) -> str:
    if job.copies < 1 or job.copies > 500:
        raise ValueError("copies must be between 1 and 500")
    runner = runner or PrinterRunner()
    result = runner.run(_render_command(job))
    return result.stdout.strip()


def print_from_form(form: dict) -> str:
    job = LabelJob(
        product_name=form["product"],
        batch_code=form["batch"],
        allergens=form.get("allergens", "").split(","),
        best_before=form["bbe"],
        printer=form.get("printer", "packline-1"),
        copies=int(form.get("copies", 1)),
    )
    return print_labels(job)
