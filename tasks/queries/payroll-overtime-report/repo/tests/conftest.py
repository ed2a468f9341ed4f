from datetime import date

import pytest
from sqlalchemy.orm import Session

from payroll.db import init_schema, make_engine
from payroll.models import Employee, TimeEntry


@pytest.fixture()
def db_url(tmp_path):
    url = f"sqlite:///{tmp_path / 'payroll.db'}"
    engine = make_engine(url)
    init_schema(engine)
    with Session(engine) as s:
        s.add_all([
            Employee(id=1, employee_no="E-001", full_name="Ana Ruiz", department="Warehouse", hourly_rate_cents=2400),
            Employee(id=2, employee_no="E-002", full_name="Ben Okafor", department="Dispatch", hourly_rate_cents=2600),
            TimeEntry(employee_id=1, work_date=date(2025, 3, 3), hours=8, approved=True),
            TimeEntry(employee_id=1, work_date=date(2025, 3, 4), hours=9.5, approved=True),
            TimeEntry(employee_id=1, work_date=date(2025, 3, 5), hours=4, approved=False),
            TimeEntry(employee_id=2, work_date=date(2025, 3, 3), hours=7, approved=True),
            TimeEntry(employee_id=2, work_date=date(2025, 4, 1), hours=7, approved=True),
        ])
        s.commit()
    return url
