"""Read/write access to imported timesheet lines."""
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

SORTABLE_COLUMNS = {
    "date": "work_date",
    "employee": "employee_number",
    "hours": "hours",
    "pay_code": "pay_code",
}


@dataclass
class TimesheetLine:
    client_code: str
    employee_number: str
    work_date: date
    hours: Decimal
    pay_code: str


class TimesheetRepository:
    def __init__(self, conn):
        self.conn = conn

    def insert_many(self, lines: list[TimesheetLine]) -> None:
        sql = (
            "INSERT INTO timesheet_lines (client_code, employee_number, work_date, hours, pay_code) "
            "VALUES (%s, %s, %s, %s, %s)"
        )
        with self.conn.cursor() as cur:
            cur.executemany(
                sql,
                [(l.client_code, l.employee_number, l.work_date, l.hours, l.pay_code) for l in lines],
            )
        self.conn.commit()

    def for_period(
        self, client_code: str, start: date, end: date, sort: str = "date", descending: bool = False
    ) -> list[TimesheetLine]:
        column = SORTABLE_COLUMNS.get(sort, "work_date")
        direction = "DESC" if descending else "ASC"
        sql = (
            "SELECT client_code, employee_number, work_date, hours, pay_code "
            "FROM timesheet_lines WHERE client_code = %s AND work_date BETWEEN %s AND %s "
            f"ORDER BY {column} {direction}"
        )
        with self.conn.cursor() as cur:
            cur.execute(sql, (client_code, start, end))
            return [TimesheetLine(*row) for row in cur.fetchall()]

    def delete_for_employee(self, client_code: str, employee_number: str, work_date: date) -> int:
        with self.conn.cursor() as cur:
            cur.execute(
                "DELETE FROM timesheet_lines WHERE client_code = %s AND employee_number = %s AND work_date = %s",
                (client_code, employee_number, work_date),
            )
            deleted = cur.rowcount
        self.conn.commit()
        return deleted
