"""Exports a commission's specification sheet as PDF for tender packs.

The PDF is drawn with ReportLab into a private temporary file and then
uploaded to the document store, after which the temporary file is removed.
"""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass

import boto3
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas


@dataclass
class SpecLine:
    division: str
    stop: str
    pitch: str


def draw_spec(path: str, church: str, commission_ref: str, lines: list[SpecLine]) -> None:
    pdf = canvas.Canvas(path, pagesize=A4)
    width, height = A4
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(20 * mm, height - 25 * mm, f"{church} - specification")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(20 * mm, height - 31 * mm, f"Commission {commission_ref}")
    y = height - 45 * mm
    current = None
    for line in lines:
        if line.division != current:
            current = line.division
            y -= 4 * mm
            pdf.setFont("Helvetica-Bold", 11)
            pdf.drawString(20 * mm, y, current)
            y -= 6 * mm
            pdf.setFont("Helvetica", 10)
        pdf.drawString(28 * mm, y, line.stop)
        pdf.drawRightString(width - 25 * mm, y, line.pitch)
        y -= 5 * mm
        if y < 25 * mm:
            pdf.showPage()
            y = height - 25 * mm
    pdf.save()


def export_to_store(church: str, commission_ref: str, lines: list[SpecLine]) -> str:
    bucket = os.environ["TENDER_BUCKET"]
    key = f"tenders/{commission_ref}/specification.pdf"
    fd, tmp_path = tempfile.mkstemp(prefix="spec-", suffix=".pdf")
    os.close(fd)
    try:
        draw_spec(tmp_path, church, commission_ref, lines)
        boto3.client("s3").upload_file(
            tmp_path, bucket, key, ExtraArgs={"ContentType": "application/pdf"}
        )
    finally:
        os.unlink(tmp_path)
    return f"s3://{bucket}/{key}"
