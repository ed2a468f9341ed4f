# Copyright (c) {{ year }} {{ org_name }}
"""The bank's "simple CSV v2" payment file: one header row, one row per payslip, one trailer."""
import csv
import io
from dataclasses import dataclass
from decimal import Decimal

from . import config

HEADER = ("record", "employee_id", "name", "iban", "amount", "currency", "reference")


@dataclass(frozen=True)
class Payslip:
    employee_id: str
    name: str
    iban: str
    net_pay: Decimal


def render_csv(period, payslips):
    """The payment file for ``period`` (``YYYY-MM``) as text."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(HEADER)
    total = Decimal("0.00")
    for slip in payslips:
        if slip.net_pay <= 0:
            raise ValueError(f"non-positive net pay for {slip.employee_id}")
        amount = slip.net_pay.quantize(Decimal("0.01"))
        total += amount
        writer.writerow(
            ("P", slip.employee_id, slip.name, slip.iban.replace(" ", ""), f"{amount}",
             config.CURRENCY, f"SALARY {period}")
        )
    writer.writerow(("T", len(payslips), config.EMPLOYER_NAME, config.EMPLOYER_COUNTRY, f"{total}",
                     config.CURRENCY, f"SALARY {period}"))
    return buf.getvalue()
