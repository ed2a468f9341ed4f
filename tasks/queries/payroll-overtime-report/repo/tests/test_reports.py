from datetime import date

from payroll.cli import main
from payroll.db import make_session
from payroll.reports import HoursRow, hours_by_employee


def test_hours_only_approved_and_in_range(db_url):
    with make_session(db_url) as s:
        rows = hours_by_employee(s, date(2025, 3, 1), date(2025, 3, 31))
    assert rows == [
        HoursRow("E-002", "Ben Okafor", "Dispatch", 7.0),
        HoursRow("E-001", "Ana Ruiz", "Warehouse", 17.5),
    ]


def test_cli_hours_csv(db_url, capsys):
    assert main(["--db", db_url, "hours", "--from", "2025-03-01", "--to", "2025-03-31"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "employee_no,full_name,department,hours"
    assert lines[2] == "E-001,Ana Ruiz,Warehouse,17.5"
