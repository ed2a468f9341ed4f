import csv
import io
from datetime import date, timedelta

import pytest
from sqlalchemy.orm import Session

from payroll import reports
from payroll.cli import main
from payroll.db import init_schema, make_engine, make_session
from payroll.models import Employee, TimeEntry

WEEK1 = date(2025, 3, 3)   # a Monday
WEEK2 = date(2025, 3, 10)


def days(start, count, hours, employee_id, approved=True):
    return [TimeEntry(employee_id=employee_id, work_date=start + timedelta(days=i), hours=hours,
                      approved=approved) for i in range(count)]


@pytest.fixture()
def db_url(tmp_path):
    url = f"sqlite:///{tmp_path / 'ot.db'}"
    engine = make_engine(url)
    init_schema(engine)
    with Session(engine) as s:
        s.add_all([
            Employee(id=1, employee_no="E-101", full_name="Carla Mendes", department="Warehouse", hourly_rate_cents=2000),
            Employee(id=2, employee_no="E-102", full_name="Dmitri Volkov", department="Warehouse", hourly_rate_cents=3000),
            Employee(id=3, employee_no="E-103", full_name="Aisha Bello", department="Dispatch", hourly_rate_cents=2500),
            Employee(id=4, employee_no="E-104", full_name="Lena Fischer", department="Dispatch", hourly_rate_cents=2200),
        ])
        s.add_all(days(WEEK1, 5, 9, 1))                       # 45 h -> 5 h overtime
        s.add_all(days(WEEK1 + timedelta(days=5), 1, 6, 1, approved=False))
        s.add_all(days(WEEK2, 4, 10, 1))                      # exactly 40 h -> none
        s.add_all(days(WEEK1, 4, 9.5, 2))                     # 38 h
        s.add_all(days(WEEK2, 5, 8.5, 2))                     # 42.5 h -> 2.5 h
        s.add_all(days(WEEK1, 4, 11, 3))                      # 44 h -> 4 h
        s.add_all(days(date(2025, 2, 24), 5, 10, 3))          # before the period
        s.add_all(days(date(2025, 4, 7), 5, 9, 4))            # after the period
        s.commit()
    return url


def week(d):
    return d.strftime("%Y-%W")


def test_overtime_rows(db_url):
    with make_session(db_url) as s:
        rows = reports.overtime_report(s, date(2025, 3, 1), date(2025, 3, 31))
    got = [(r.employee_no, r.full_name, r.department, r.week) for r in rows]
    assert got == [
        ("E-103", "Aisha Bello", "Dispatch", week(WEEK1)),
        ("E-101", "Carla Mendes", "Warehouse", week(WEEK1)),
        ("E-102", "Dmitri Volkov", "Warehouse", week(WEEK2)),
    ]
    assert [r.hours for r in rows] == pytest.approx([44, 45, 42.5])
    assert [r.overtime_hours for r in rows] == pytest.approx([4, 5, 2.5])
    assert [r.overtime_pay_cents for r in rows] == [15000, 15000, 11250]


def test_row_type_is_exported(db_url):
    assert hasattr(reports, "OvertimeRow")
    with make_session(db_url) as s:
        rows = reports.overtime_report(s, date(2025, 3, 1), date(2025, 3, 31))
    assert all(isinstance(r, reports.OvertimeRow) for r in rows)


def test_department_filter(db_url):
    with make_session(db_url) as s:
        rows = reports.overtime_report(s, date(2025, 3, 1), date(2025, 3, 31), department="Warehouse")
        none = reports.overtime_report(s, date(2025, 3, 1), date(2025, 3, 31), department="Accounts")
    assert [r.employee_no for r in rows] == ["E-101", "E-102"]
    assert none == []


def test_period_bounds_are_inclusive(db_url):
    with make_session(db_url) as s:
        rows = reports.overtime_report(s, date(2025, 4, 7), date(2025, 4, 11))
    assert [(r.employee_no, r.overtime_hours) for r in rows] == [("E-104", pytest.approx(5))]
    assert rows[0].overtime_pay_cents == 16500


def test_cli_overtime_csv(db_url, capsys):
    rc = main(["--db", db_url, "overtime", "--from", "2025-03-01", "--to", "2025-03-31",
               "--department", "Warehouse"])
    assert rc in (0, None)
    records = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["employee_no"] for r in records] == ["E-101", "E-102"]
    assert [int(float(r["overtime_pay_cents"])) for r in records] == [15000, 11250]


def test_cli_overtime_without_department(db_url, capsys):
    main(["--db", db_url, "overtime", "--from", "2025-03-01", "--to", "2025-03-31"])
    records = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["employee_no"] for r in records] == ["E-103", "E-101", "E-102"]
